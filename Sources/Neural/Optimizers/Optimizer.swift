/// Updates parameters from their gradients after every batch.
///
/// An optimizer keeps per-parameter state (momentum, Adam's moments) between `fit` calls, as
/// Keras does; `prepare` is called at the start of every `fit` with the model's parameters.
public protocol Optimizer: AnyObject {
    /// Step size; must be positive.
    var learningRate: Float { get set }
    /// Allocates state for `parameters` (kept when the same parameters come back).
    func prepare(_ parameters: [Parameter]) throws
    /// Applies one update using each parameter's `gradient`.
    func update(_ parameters: [Parameter])
}

/// Per-parameter state buffers, allocated once and reused for every step.
final class OptimizerSlots {
    private(set) var owners: [ObjectIdentifier] = []
    private(set) var buffers: [UnsafeMutableBufferPointer<Float>] = []

    /// True when the slots were (re)created, false when the old state is kept.
    @discardableResult
    func prepare(_ parameters: [Parameter], perParameter: Int) -> Bool {
        let ids = parameters.map { ObjectIdentifier($0) }
        guard ids != owners else { return false }
        release()
        owners = ids
        for p in parameters {
            for _ in 0..<perParameter {
                let b = UnsafeMutableBufferPointer<Float>.allocate(capacity: p.count)
                b.initialize(repeating: 0)
                buffers.append(b)
            }
        }
        return true
    }

    func release() {
        for b in buffers { b.deallocate() }
        buffers = []
        owners = []
    }

    deinit { release() }
}

func checkLearningRate(_ rate: Float, _ name: String) throws {
    guard rate > 0, rate.isFinite else {
        throw NeuralError("\(name): learning rate must be positive and finite, got \(rate)")
    }
}
