/// What one layer computed for a batch: the pre-activation `z = x·W + b` and the activation
/// `a = g(z)`, one row per example and one column per unit (for per-neuron plots).
public struct LayerOutput {
    /// The layer's name, e.g. "dense_1".
    public var name: String
    /// Pre-activation values (for layers without an activation, equal to `activation`).
    public var preActivation: Matrix
    /// Output values.
    public var activation: Matrix
}
