/// The training objective, averaged over the batch like Keras.
public enum Loss: Equatable, Sendable {
    /// Mean of `(prediction - target)²` over outputs and examples. No accuracy is reported.
    case meanSquaredError
    /// `-[y log p + (1 - y) log(1 - p)]` for 0/1 labels `y` (one column) and probabilities `p`.
    /// With a sigmoid output layer it is computed from the logit, which never overflows.
    case binaryCrossEntropy
    /// Cross-entropy of `softmax(logits)` against integer class labels (a column of class
    /// indices stored as Float). The last layer must output raw logits (`.linear`); the row
    /// maximum is subtracted before exponentiating.
    case softmaxCrossEntropy

    /// A short name for summaries ("mse", "binary_crossentropy", ...).
    public var name: String {
        switch self {
        case .meanSquaredError: return "mse"
        case .binaryCrossEntropy: return "binary_crossentropy"
        case .softmaxCrossEntropy: return "sparse_categorical_crossentropy_from_logits"
        }
    }

    /// Whether `evaluate` and `fit` report an accuracy for this loss (not for regression).
    public var hasAccuracy: Bool { self != .meanSquaredError }
}
