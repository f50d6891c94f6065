import Foundation

/// Row-wise softmax: each row of `logits` becomes probabilities that sum to 1.
///
/// The row maximum is subtracted before exponentiating, so large logits cannot overflow and
/// adding a constant to a row leaves the result unchanged.
public func softmax(_ logits: Matrix) -> Matrix {
    var out = logits
    out.data.withUnsafeMutableBufferPointer { buffer in
        for r in 0..<logits.rows {
            softmaxRow(buffer.baseAddress! + r * logits.columns, count: logits.columns)
        }
    }
    return out
}

/// Softmax of one vector, `softmax([1, 2, 3, 4])`.
public func softmax(_ logits: [Float]) -> [Float] {
    softmax(Matrix(uncheckedRows: 1, columns: logits.count, data: logits)).data
}

/// In-place softmax of `count` contiguous values.
@inline(__always)
func softmaxRow(_ p: UnsafeMutablePointer<Float>, count: Int) {
    guard count > 0 else { return }
    var maximum = p[0]
    for j in 1..<count where p[j] > maximum { maximum = p[j] }
    var sum: Float = 0
    for j in 0..<count {
        let e = expf(p[j] - maximum)
        p[j] = e
        sum += e
    }
    let inverse = 1 / sum
    for j in 0..<count { p[j] *= inverse }
}
