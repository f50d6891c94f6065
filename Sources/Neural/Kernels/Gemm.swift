/// A general product for small, latency-bound shapes; `Dense` uses it for the input gradient
/// `dx = dz · W` (the forward pass and the kernel gradient have kernels of their own, in
/// `GemmDot.swift` and `KernelGradient.swift`).
///
/// Computes `C[i, j] = start(j) + Σ_t A(i, t) · B[t, j]` for `i < m`, `j < n`, `t < depth`,
/// where `C` and `B` are row-major with `n` columns and `A` is addressed through two strides
/// (row-major or transposed). `start(j)` is `bias[j]` or 0.
///
/// Plain loops over Swift arrays did not vectorise (bounds and exclusivity checks); here the
/// columns are processed in SIMD blocks of 16, 8 and 4 with four rows of `C` in registers, which
/// loads each `B` block once for four rows. The last few columns are covered by an overlapping
/// SIMD4 block; only layers narrower than four (coffee's 3 and 1 units) use scalar loops.
@inline(__always)
func gemm(m: Int, n: Int, depth: Int,
          a: UnsafePointer<Float>, aRowStride: Int, aDepthStride: Int,
          b: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
          c: UnsafeMutablePointer<Float>) {
    var j = 0
    while j + 16 <= n {
        gemmBlock(SIMD16<Float>.self, m: m, n: n, depth: depth, column: j,
                  a: a, aRowStride: aRowStride, aDepthStride: aDepthStride, b: b, bias: bias, c: c)
        j += 16
    }
    if j + 8 <= n {
        gemmBlock(SIMD8<Float>.self, m: m, n: n, depth: depth, column: j,
                  a: a, aRowStride: aRowStride, aDepthStride: aDepthStride, b: b, bias: bias, c: c)
        j += 8
    }
    if j + 4 <= n {
        gemmBlock(SIMD4<Float>.self, m: m, n: n, depth: depth, column: j,
                  a: a, aRowStride: aRowStride, aDepthStride: aDepthStride, b: b, bias: bias, c: c)
        j += 4
    }
    if j < n && n >= 4 {
        // One more SIMD4 block ending at the last column; it recomputes up to three columns
        // (to the same values) instead of leaving them to a scalar loop, which was most of
        // this kernel's time for 15- and 25-wide layers.
        gemmBlock(SIMD4<Float>.self, m: m, n: n, depth: depth, column: n - 4,
                  a: a, aRowStride: aRowStride, aDepthStride: aDepthStride, b: b, bias: bias, c: c)
        j = n
    }
    while j < n {
        let start = bias?[j] ?? 0
        for i in 0..<m {
            var sum = start
            let ai = a + i * aRowStride
            for t in 0..<depth { sum += ai[t * aDepthStride] * b[t * n + j] }
            c[i * n + j] = sum
        }
        j += 1
    }
}

/// Columns `column ..< column + V.scalarCount` of `C`, four rows at a time.
@inline(__always)
func gemmBlock<V: SIMD>(_: V.Type, m: Int, n: Int, depth: Int, column: Int,
                        a: UnsafePointer<Float>, aRowStride: Int, aDepthStride: Int,
                        b: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
                        c: UnsafeMutablePointer<Float>) where V.Scalar == Float {
    let start = bias.map { UnsafeRawPointer($0 + column).loadUnaligned(as: V.self) } ?? V()
    let bColumn = UnsafeRawPointer(b + column)
    let bStride = n * MemoryLayout<Float>.stride
    var i = 0
    while i + 4 <= m {
        var acc0 = start, acc1 = start, acc2 = start, acc3 = start
        let a0 = a + i * aRowStride, a1 = a0 + aRowStride
        let a2 = a1 + aRowStride, a3 = a2 + aRowStride
        for t in 0..<depth {
            let bt = bColumn.loadUnaligned(fromByteOffset: t * bStride, as: V.self)
            let offset = t * aDepthStride
            acc0 += a0[offset] * bt
            acc1 += a1[offset] * bt
            acc2 += a2[offset] * bt
            acc3 += a3[offset] * bt
        }
        let ci = UnsafeMutableRawPointer(c + i * n + column)
        let cStride = n * MemoryLayout<Float>.stride
        ci.storeBytes(of: acc0, as: V.self)
        ci.storeBytes(of: acc1, toByteOffset: cStride, as: V.self)
        ci.storeBytes(of: acc2, toByteOffset: 2 * cStride, as: V.self)
        ci.storeBytes(of: acc3, toByteOffset: 3 * cStride, as: V.self)
        i += 4
    }
    while i < m {
        var acc = start
        let ai = a + i * aRowStride
        for t in 0..<depth {
            acc += ai[t * aDepthStride] * bColumn.loadUnaligned(fromByteOffset: t * bStride, as: V.self)
        }
        UnsafeMutableRawPointer(c + i * n + column).storeBytes(of: acc, as: V.self)
        i += 1
    }
}
