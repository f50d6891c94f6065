/// Stochastic gradient descent, optionally with momentum (Keras' formulation):
/// `v ← momentum · v - lr · g; w ← w + v` (plain `w ← w - lr · g` when momentum is 0).
public final class SGD: Optimizer {
    public var learningRate: Float
    /// Momentum in `[0, 1)`.
    public var momentum: Float
    private let slots = OptimizerSlots()

    /// Gradient descent with step size `learningRate` and `momentum` in [0, 1) (0 for plain SGD).
    /// The values are checked when `fit` starts, which throws for a non-positive learning rate.
    public init(learningRate: Float, momentum: Float = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// Shorthand: `SGD(0.1)`.
    public convenience init(_ learningRate: Float, momentum: Float = 0) {
        self.init(learningRate: learningRate, momentum: momentum)
    }

    public func prepare(_ parameters: [Parameter]) throws {
        try checkLearningRate(learningRate, "SGD")
        guard momentum >= 0, momentum < 1 else {
            throw NeuralError("SGD: momentum must be in [0, 1), got \(momentum)")
        }
        slots.prepare(parameters, perParameter: 1)
    }

    public func update(_ parameters: [Parameter]) {
        let rate = learningRate, mu = momentum
        for (index, parameter) in parameters.enumerated() {
            let w = parameter.value.baseAddress!, g = parameter.gradient.baseAddress!
            if mu == 0 {
                for i in 0..<parameter.count { w[i] -= rate * g[i] }
            } else {
                let v = slots.buffers[index].baseAddress!
                for i in 0..<parameter.count {
                    v[i] = mu * v[i] - rate * g[i]
                    w[i] += v[i]
                }
            }
        }
    }
}
