import Foundation

/// Adam (Kingma and Ba 2015) in Keras' form: with `t` the step number,
/// `m ← m + (1-β₁)(g - m)`, `v ← v + (1-β₂)(g² - v)`,
/// `w ← w - lr · √(1-β₂ᵗ)/(1-β₁ᵗ) · m / (√v + ε)`, and Keras' default `ε = 1e-7`.
public final class Adam: Optimizer {
    public var learningRate: Float
    /// Decay rate β₁ of the running mean of gradients, in [0, 1); 0.9 by default.
    public let beta1: Float
    /// Decay rate β₂ of the running mean of squared gradients, in [0, 1); 0.999 by default.
    public let beta2: Float
    /// Small positive constant ε added to √v so the step never divides by zero; 1e-7 by default.
    public let epsilon: Float
    /// Number of updates applied so far.
    public private(set) var step = 0
    private let slots = OptimizerSlots()

    /// An Adam optimizer with step size `learningRate` and the given decay rates (Keras' defaults).
    /// The values are checked when `fit` starts: it throws unless the learning rate is positive,
    /// 0 ≤ beta1, beta2 < 1 and epsilon > 0.
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
        for (index, parameter) in parameters.enumerated() {
            adamUpdate(w: parameter.value.baseAddress!, g: parameter.gradient.baseAddress!,
                       m: slots.buffers[2 * index].baseAddress!,
                       v: slots.buffers[2 * index + 1].baseAddress!, count: parameter.count,
                       alpha: alpha, keep1: 1 - beta1, keep2: 1 - beta2, epsilon: epsilon)
        }
    }
}

/// One Adam update of `count` values. Written with explicit SIMD8 because the compiler would
/// not vectorise the scalar loop over four pointers that might alias (it was 57 % of the
/// digits benchmark before).
@inline(__always)
private func adamUpdate(w: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>,
                        m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
                        count: Int, alpha: Float, keep1: Float, keep2: Float, epsilon: Float) {
    typealias V = SIMD8<Float>
    let vectorCount = count & ~7
    var i = 0
    while i < vectorCount {
        let gi = UnsafeRawPointer(g + i).loadUnaligned(as: V.self)
        var mi = UnsafeRawPointer(m + i).loadUnaligned(as: V.self)
        var vi = UnsafeRawPointer(v + i).loadUnaligned(as: V.self)
        var wi = UnsafeRawPointer(w + i).loadUnaligned(as: V.self)
        mi += keep1 * (gi - mi)
        vi += keep2 * (gi * gi - vi)
        wi -= alpha * mi / (vi.squareRoot() + epsilon)
        UnsafeMutableRawPointer(m + i).storeBytes(of: mi, as: V.self)
        UnsafeMutableRawPointer(v + i).storeBytes(of: vi, as: V.self)
        UnsafeMutableRawPointer(w + i).storeBytes(of: wi, as: V.self)
        i += 8
    }
    while i < count {
        m[i] += keep1 * (g[i] - m[i])
        v[i] += keep2 * (g[i] * g[i] - v[i])
        w[i] -= alpha * m[i] / (v[i].squareRoot() + epsilon)
        i += 1
    }
}
