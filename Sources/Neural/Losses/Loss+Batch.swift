import Foundation

/// Loss and accuracy counts of one batch.
struct BatchScore {
    /// Sum over the batch's examples of each example's loss.
    var lossSum: Double = 0
    /// Correct predictions (examples, or output elements for multi-column binary labels).
    var correct: Int = 0
    /// How many predictions `correct` counts out of.
    var judged: Int = 0
}

extension Loss {
    /// Probabilities are clipped to `[ε, 1 - ε]` before taking logs, as Keras does.
    static let probabilityEpsilon: Float = 1e-7

    /// Scores `rows` outputs (`units` wide) against `labels`, and when `gradient` is given writes
    /// dLoss/dOutput divided by the batch size, or dLoss/dz when `fused` is true (sigmoid output
    /// with binary cross-entropy, where dL/dz = p - y; softmax cross-entropy always works on z).
    func score(output: UnsafePointer<Float>, labels: UnsafePointer<Float>, rows: Int,
               units: Int, gradient: UnsafeMutablePointer<Float>?, fused: Bool) -> BatchScore {
        var score = BatchScore()
        switch self {
        case .meanSquaredError:
            let scale = 2 / Float(rows * units)
            for r in 0..<rows {
                var sum: Float = 0
                for j in 0..<units {
                    let i = r * units + j
                    let d = output[i] - labels[i]
                    sum += d * d
                    gradient?[i] = scale * d
                }
                score.lossSum += Double(sum / Float(units))
            }
        case .binaryCrossEntropy:
            let eps = Loss.probabilityEpsilon
            let scale = 1 / Float(rows * units)
            for r in 0..<rows {
                var sum: Float = 0
                for j in 0..<units {
                    let i = r * units + j
                    let y = labels[i]
                    let p = Swift.min(Swift.max(output[i], eps), 1 - eps)
                    sum -= y * logf(p) + (1 - y) * logf(1 - p)
                    if (output[i] > 0.5) == (y > 0.5) { score.correct += 1 }
                    if let gradient {
                        gradient[i] = fused ? scale * (output[i] - y)
                            : scale * (p - y) / (p * (1 - p))
                    }
                }
                score.lossSum += Double(sum / Float(units))
            }
            score.judged = rows * units
        case .softmaxCrossEntropy:
            score = Loss.softmaxCrossEntropy(logits: output, labels: labels, rows: rows,
                                             units: units, gradient: gradient)
        }
        return score
    }

    /// Checks that `y` can be scored against outputs `outputs` wide.
    func validate(labels y: Matrix, outputs: Int, context: String) throws {
        switch self {
        case .meanSquaredError, .binaryCrossEntropy:
            guard y.columns == outputs else {
                throw NeuralError("\(context): targets have \(y.columns) columns, "
                    + "the model outputs \(outputs)")
            }
            if self == .binaryCrossEntropy,
               let bad = y.data.first(where: { !($0 >= 0 && $0 <= 1) }) {
                throw NeuralError("\(context): binary cross-entropy needs labels in [0, 1], found \(bad)")
            }
        case .softmaxCrossEntropy:
            guard y.columns == 1 else {
                throw NeuralError("\(context): softmax cross-entropy needs one column of class "
                    + "indices, got \(y.rows) × \(y.columns)")
            }
            if let bad = y.data.first(where: { !($0 >= 0 && $0 < Float(outputs) && $0 == $0.rounded()) }) {
                throw NeuralError("\(context): class label \(bad) is not an integer in 0..<\(outputs)")
            }
        }
    }
}
