/// Per-epoch metrics returned by `fit`, like Keras' `History.history`.
///
/// `loss` is the mean loss over the epoch's examples (weights change during the epoch).
/// Accuracy is the fraction of correct predictions (threshold 0.5 for binary cross-entropy,
/// argmax for softmax cross-entropy); for mean squared error the accuracy arrays stay empty.
/// Validation arrays are empty unless `fit` got validation data.
public struct History: Equatable {
    public var loss: [Float] = []
    public var accuracy: [Float] = []
    public var validationLoss: [Float] = []
    public var validationAccuracy: [Float] = []

    public init() {}

    /// Number of epochs recorded.
    public var epochs: Int { loss.count }
}
