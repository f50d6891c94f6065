/// Per-epoch metrics returned by `fit`, like Keras' `History.history`.
///
/// `loss` is the mean loss over the epoch's examples (weights change during the epoch).
/// Accuracy is the fraction of correct predictions (threshold 0.5 for binary cross-entropy,
/// argmax for softmax cross-entropy); for mean squared error the accuracy arrays stay empty.
/// Validation arrays are empty unless `fit` got validation data.
public struct History: Equatable {
    /// Mean training loss of each epoch, first epoch first.
    public var loss: [Float] = []
    /// Training accuracy of each epoch as a fraction in 0…1; empty for mean squared error.
    public var accuracy: [Float] = []
    /// Loss on the validation data at the end of each epoch; empty without validation data.
    public var validationLoss: [Float] = []
    /// Validation accuracy (0…1) at the end of each epoch; empty without validation data or accuracy.
    public var validationAccuracy: [Float] = []

    /// An empty history with no epochs recorded.
    public init() {}

    /// Number of epochs recorded.
    public var epochs: Int { loss.count }
}
