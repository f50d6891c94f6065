import Foundation

extension Loss {
    /// Softmax cross-entropy of `rows` rows of `units` logits against class indices, writing
    /// dLoss/dz = (softmax(z) - onehot(y)) / rows to `gradient` when given.
    ///
    /// The shifted logits `z - max` of the whole batch go into one buffer (the gradient itself
    /// when there is one), so their exponentials are taken eight at a time by `exp8`.
    static func softmaxCrossEntropy(logits: UnsafePointer<Float>, labels: UnsafePointer<Float>,
                                    rows: Int, units: Int,
                                    gradient: UnsafeMutablePointer<Float>?) -> BatchScore {
        guard let gradient else {
            let scratch = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(rows * units, 1))
            defer { scratch.deallocate() }
            return softmaxCrossEntropy(logits: logits, labels: labels, rows: rows, units: units,
                                       exponentials: scratch, writesGradient: false)
        }
        return softmaxCrossEntropy(logits: logits, labels: labels, rows: rows, units: units,
                                   exponentials: gradient, writesGradient: true)
    }

    private static func softmaxCrossEntropy(logits: UnsafePointer<Float>,
                                            labels: UnsafePointer<Float>, rows: Int, units: Int,
                                            exponentials e: UnsafeMutablePointer<Float>,
                                            writesGradient: Bool) -> BatchScore {
        var score = BatchScore()
        score.judged = rows
        for r in 0..<rows {
            let z = logits + r * units, shifted = e + r * units
            let label = Int(labels[r])
            // Selects, not branches: which logit is largest is unpredictable.
            var best = 0, maximum = z[0]
            for j in 1..<units {
                let larger = z[j] > maximum
                best = larger ? j : best
                maximum = larger ? z[j] : maximum
            }
            for j in 0..<units { shifted[j] = z[j] - maximum }
            // The loss is log Σ e^(z - max) - (z_label - max); the log is added below.
            score.lossSum += Double(maximum - z[label])
            if best == label { score.correct += 1 }
        }
        exponentiate(e, count: rows * units)
        let scale = 1 / Float(rows)
        for r in 0..<rows {
            let row = e + r * units
            var sum: Float = 0
            for j in 0..<units { sum += row[j] }
            score.lossSum += Double(logf(sum))
            guard writesGradient else { continue }
            let factor = scale / sum
            for j in 0..<units { row[j] *= factor }
            row[Int(labels[r])] -= scale
        }
        return score
    }
}
