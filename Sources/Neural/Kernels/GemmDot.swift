/// `C[i, j] = bias[j] + Σ_p A[i, p] · B[j, p]`: `A` is `m × depth`, `B` is `n × depth`, both
/// row-major, `C` is `m × n`. This is the forward pass with the kernel stored transposed
/// (`units × inputs`), so the long loop runs over contiguous inputs in both operands and
/// vectorises fully whatever the number of units (25 units would leave a ragged tail if the
/// loop ran over units instead).
///
/// Four rows of `A` meet two rows of `B` per iteration: eight SIMD8 accumulators, six loads per
/// eight fused multiply-adds.
@inline(__always)
func gemmDot(m: Int, n: Int, depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
             bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>) {
    let vectorDepth = depth & ~7
    var i = 0
    while i < m {
        let rowsHere = Math.min(4, m - i)
        var j = 0
        while j < n {
            let columnsHere = Math.min(2, n - j)
            if rowsHere == 4 && columnsHere == 2 {
                dotBlock4x2(a: a + i * depth, b: b + j * depth, depth: depth,
                            vectorDepth: vectorDepth, bias: bias.map { $0 + j },
                            c: c + i * n + j, n: n)
            } else {
                for ii in i..<i + rowsHere {
                    for jj in j..<j + columnsHere {
                        c[ii * n + jj] = (bias?[jj] ?? 0)
                            + dot(a + ii * depth, b + jj * depth, depth, vectorDepth)
                    }
                }
            }
            j += columnsHere
        }
        i += rowsHere
    }
}

@inline(__always)
private func load8(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
private func dotBlock4x2(a: UnsafePointer<Float>, b: UnsafePointer<Float>, depth: Int,
                         vectorDepth: Int, bias: UnsafePointer<Float>?,
                         c: UnsafeMutablePointer<Float>, n: Int) {
    let a0 = a, a1 = a + depth, a2 = a + 2 * depth, a3 = a + 3 * depth
    let b0 = b, b1 = b + depth
    var s00 = SIMD8<Float>(), s01 = SIMD8<Float>(), s10 = SIMD8<Float>(), s11 = SIMD8<Float>()
    var s20 = SIMD8<Float>(), s21 = SIMD8<Float>(), s30 = SIMD8<Float>(), s31 = SIMD8<Float>()
    var p = 0
    while p < vectorDepth {
        let w0 = load8(b0 + p), w1 = load8(b1 + p)
        let x0 = load8(a0 + p), x1 = load8(a1 + p), x2 = load8(a2 + p), x3 = load8(a3 + p)
        s00 += x0 * w0; s01 += x0 * w1
        s10 += x1 * w0; s11 += x1 * w1
        s20 += x2 * w0; s21 += x2 * w1
        s30 += x3 * w0; s31 += x3 * w1
        p += 8
    }
    let start0 = bias?[0] ?? 0, start1 = bias?[1] ?? 0
    var r00 = start0 + s00.sum(), r01 = start1 + s01.sum()
    var r10 = start0 + s10.sum(), r11 = start1 + s11.sum()
    var r20 = start0 + s20.sum(), r21 = start1 + s21.sum()
    var r30 = start0 + s30.sum(), r31 = start1 + s31.sum()
    while p < depth {
        r00 += a0[p] * b0[p]; r01 += a0[p] * b1[p]
        r10 += a1[p] * b0[p]; r11 += a1[p] * b1[p]
        r20 += a2[p] * b0[p]; r21 += a2[p] * b1[p]
        r30 += a3[p] * b0[p]; r31 += a3[p] * b1[p]
        p += 1
    }
    c[0] = r00; c[1] = r01
    c[n] = r10; c[n + 1] = r11
    c[2 * n] = r20; c[2 * n + 1] = r21
    c[3 * n] = r30; c[3 * n + 1] = r31
}

/// Dot product of `count` values, SIMD over the first `vectorCount` (a multiple of 8).
@inline(__always)
private func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ count: Int,
                 _ vectorCount: Int) -> Float {
    var acc = SIMD8<Float>()
    var p = 0
    while p < vectorCount {
        acc += load8(x + p) * load8(y + p)
        p += 8
    }
    var sum = acc.sum()
    while p < count {
        sum += x[p] * y[p]
        p += 1
    }
    return sum
}
