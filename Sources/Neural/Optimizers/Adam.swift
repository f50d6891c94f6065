import Foundation

/// Adam (Kingma and Ba 2015) in Keras' form: with `t` the step number,
/// `m ← m + (1-β₁)(g - m)`, `v ← v + (1-β₂)(g² - v)`,
/// `w ← w - lr · √(1-β₂ᵗ)/(1-β₁ᵗ) · m / (√v + ε)`, and Keras' default `ε = 1e-7`.
public final class Adam: Optimizer {
    public var learningRate: Float
    public let beta1: Float
    public let beta2: Float
    public let epsilon: Float
    /// Number of updates applied so far.
    public private(set) var step = 0
    private let slots = OptimizerSlots()

    public init(learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-7) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// Shorthand: `Adam(0.01)`.
    public convenience init(_ learningRate: Float) {
        self.init(learningRate: learningRate)
    }

    public func prepare(_ parameters: [Parameter]) throws {
        try checkLearningRate(learningRate, "Adam")
        guard beta1 >= 0, beta1 < 1, beta2 >= 0, beta2 < 1, epsilon > 0 else {
            throw NeuralError("Adam: need 0 ≤ beta1, beta2 < 1 and epsilon > 0, got "
                + "beta1 \(beta1), beta2 \(beta2), epsilon \(epsilon)")
        }
        if slots.prepare(parameters, perParameter: 2) { step = 0 }
    }

    public func update(_ parameters: [Parameter]) {
        step += 1
        let t = Double(step)
        let correction = Float((1 - pow(Double(beta2), t)).squareRoot()
            / (1 - pow(Double(beta1), t)))
        let alpha = learningRate * correction
        let keep1 = 1 - beta1, keep2 = 1 - beta2, eps = epsilon
        for (index, parameter) in parameters.enumerated() {
            let w = parameter.value.baseAddress!, g = parameter.gradient.baseAddress!
            let m = slots.buffers[2 * index].baseAddress!
            let v = slots.buffers[2 * index + 1].baseAddress!
            for i in 0..<parameter.count {
                let gi = g[i]
                m[i] += keep1 * (gi - m[i])
                v[i] += keep2 * (gi * gi - v[i])
                w[i] -= alpha * m[i] / (v[i].squareRoot() + eps)
            }
        }
    }
}
