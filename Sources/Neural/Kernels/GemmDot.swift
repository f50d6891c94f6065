/// `C[i, j] = bias[j] + Σ_p A_i[p] · B[j, p]`: the forward pass of a `Dense` layer, with the
/// input rows `A_i` (each `depth` long) found through a row table, the kernel stored
/// transposed (`B` is `n × depth`, row-major) and `C` row-major `m × n`. Both operands run
/// over contiguous inputs, so the long loop vectorises whatever the number of units (25 units
/// would leave a ragged tail if the loop ran over units instead).
///
/// Four rows of `A` meet two rows of `B` per iteration: eight SIMD8 accumulators, six loads per
/// eight fused multiply-adds. An odd last unit gets a four-row, one-unit block of its own,
/// which keeps four independent sums going (a single dot product per row waited on the
/// latency of each add and cost as much as six units' worth of blocks). A depth that is not a
/// multiple of 8 (the 25- and 15-wide hidden layers) ends with one more SIMD8 step over the
/// last eight values, with the lanes already summed zeroed (`DepthTail`).
@inline(__always)
func gemmDot(m: Int, n: Int, depth: Int, a: RowPointers, b: UnsafePointer<Float>,
             bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>) {
    let vectorDepth = depth & ~7
    let tail = DepthTail(depth: depth)
    var i = 0
    while i + 4 <= m {
        let rows = (a[i], a[i + 1], a[i + 2], a[i + 3])
        var j = 0
        while j + 2 <= n {
            dotBlock4x2(rows, b + j * depth, depth: depth, vectorDepth: vectorDepth, tail: tail,
                        bias: bias.map { $0 + j }, c: c + i * n + j, n: n)
            j += 2
        }
        if j < n {
            dotBlock4x1(rows, b + j * depth, depth: depth, vectorDepth: vectorDepth, tail: tail,
                        bias: bias?[j] ?? 0, c: c + i * n + j, n: n)
        }
        i += 4
    }
    while i < m {
        for j in 0..<n {
            c[i * n + j] = (bias?[j] ?? 0) + dot(a[i], b + j * depth, depth, vectorDepth)
        }
        i += 1
    }
}

/// The last, partial stretch of a dot product longer than 8: the final eight values are loaded
/// again and the lanes that the SIMD loop already summed are zeroed (`stale`).
struct DepthTail {
    let start: Int
    let stale: SIMDMask<SIMD8<Int32>>

    init?(depth: Int) {
        let remainder = depth & 7
        guard depth >= 8, remainder > 0 else { return nil }
        start = depth - 8
        stale = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .< Int32(8 - remainder)
    }

    /// The eight values of `p` ending at the end of the row, stale lanes zeroed.
    @inline(__always)
    func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        load8(p + start).replacing(with: 0, where: stale)
    }
}

typealias FourRows = (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                      UnsafePointer<Float>)

@inline(__always)
func load8(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
private func dotBlock4x2(_ a: FourRows, _ b: UnsafePointer<Float>, depth: Int, vectorDepth: Int,
                         tail: DepthTail?, bias: UnsafePointer<Float>?,
                         c: UnsafeMutablePointer<Float>, n: Int) {
    let (a0, a1, a2, a3) = a
    let b0 = b, b1 = b + depth
    var s00 = SIMD8<Float>(), s01 = SIMD8<Float>(), s10 = SIMD8<Float>(), s11 = SIMD8<Float>()
    var s20 = SIMD8<Float>(), s21 = SIMD8<Float>(), s30 = SIMD8<Float>(), s31 = SIMD8<Float>()
    var p = 0
    while p < vectorDepth {
        let w0 = load8(b0 + p), w1 = load8(b1 + p)
        let x0 = load8(a0 + p), x1 = load8(a1 + p), x2 = load8(a2 + p), x3 = load8(a3 + p)
        s00 = s00.addingProduct(x0, w0); s01 = s01.addingProduct(x0, w1)
        s10 = s10.addingProduct(x1, w0); s11 = s11.addingProduct(x1, w1)
        s20 = s20.addingProduct(x2, w0); s21 = s21.addingProduct(x2, w1)
        s30 = s30.addingProduct(x3, w0); s31 = s31.addingProduct(x3, w1)
        p += 8
    }
    if let tail {
        let w0 = tail.load(b0), w1 = tail.load(b1), start = tail.start
        let x0 = load8(a0 + start), x1 = load8(a1 + start)
        let x2 = load8(a2 + start), x3 = load8(a3 + start)
        s00 = s00.addingProduct(x0, w0); s01 = s01.addingProduct(x0, w1)
        s10 = s10.addingProduct(x1, w0); s11 = s11.addingProduct(x1, w1)
        s20 = s20.addingProduct(x2, w0); s21 = s21.addingProduct(x2, w1)
        s30 = s30.addingProduct(x3, w0); s31 = s31.addingProduct(x3, w1)
        p = depth
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

@inline(__always)
private func dotBlock4x1(_ a: FourRows, _ b: UnsafePointer<Float>, depth: Int, vectorDepth: Int,
                         tail: DepthTail?, bias: Float, c: UnsafeMutablePointer<Float>, n: Int) {
    let (a0, a1, a2, a3) = a
    var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), s2 = SIMD8<Float>(), s3 = SIMD8<Float>()
    var p = 0
    while p < vectorDepth {
        let w = load8(b + p)
        s0 = s0.addingProduct(load8(a0 + p), w); s1 = s1.addingProduct(load8(a1 + p), w)
        s2 = s2.addingProduct(load8(a2 + p), w); s3 = s3.addingProduct(load8(a3 + p), w)
        p += 8
    }
    if let tail {
        let w = tail.load(b), start = tail.start
        s0 = s0.addingProduct(load8(a0 + start), w); s1 = s1.addingProduct(load8(a1 + start), w)
        s2 = s2.addingProduct(load8(a2 + start), w); s3 = s3.addingProduct(load8(a3 + start), w)
        p = depth
    }
    var r0 = bias + s0.sum(), r1 = bias + s1.sum(), r2 = bias + s2.sum(), r3 = bias + s3.sum()
    while p < depth {
        r0 += a0[p] * b[p]; r1 += a1[p] * b[p]; r2 += a2[p] * b[p]; r3 += a3[p] * b[p]
        p += 1
    }
    c[0] = r0; c[n] = r1; c[2 * n] = r2; c[3 * n] = r3
}

/// Dot product of `count` values, SIMD over the first `vectorCount` (a multiple of 8).
@inline(__always)
private func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ count: Int,
                 _ vectorCount: Int) -> Float {
    var acc = SIMD8<Float>()
    var p = 0
    while p < vectorCount {
        acc = acc.addingProduct(load8(x + p), load8(y + p))
        p += 8
    }
    var sum = acc.sum()
    while p < count {
        sum += x[p] * y[p]
        p += 1
    }
    return sum
}
