/// Training curves per epoch: loss (and validation loss), optionally on a log axis, and
/// accuracy in a second panel when given.
public struct LossChart: FigureConvertible, Equatable, Sendable {
    /// Training loss per epoch, first epoch first.
    public var loss: [Double]
    /// Loss on the held-out set per epoch, drawn dashed.
    public var validationLoss: [Double]?
    /// Training accuracy per epoch as a fraction (0…1), shown in percent.
    public var accuracy: [Double]?
    /// Accuracy on the held-out set per epoch, as a fraction.
    public var validationAccuracy: [Double]?
    /// Label of the loss axis.
    public var lossName: String
    /// Legend name of the second curve: the set it was measured on.
    public var validationName: String
    /// Accuracy axis range in percent (say 80...100 to show a small gap); nil fits the data.
    public var accuracyRange: ClosedRange<Double>?
    /// A log loss axis.
    public var logY: Bool
    /// Title of the loss panel; nil writes "Loss per epoch".
    public var title: String?

    /// Training curves from per-epoch histories; accuracy adds a second panel.
    ///
    /// ```swift
    /// show(LossChart(loss: [0.9, 0.5, 0.3], validationLoss: [1.0, 0.6, 0.45],
    ///                accuracy: [0.6, 0.8, 0.9]), name: "training")
    /// ```
    public init(loss: [Double], validationLoss: [Double]? = nil, accuracy: [Double]? = nil,
                validationAccuracy: [Double]? = nil, lossName: String = "loss",
                validationName: String = "validation",
                accuracyRange: ClosedRange<Double>? = nil, logY: Bool = false,
                title: String? = nil) {
        self.loss = loss
        self.validationLoss = validationLoss
        self.accuracy = accuracy
        self.validationAccuracy = validationAccuracy
        self.lossName = lossName
        self.validationName = validationName
        self.accuracyRange = accuracyRange
        self.logY = logY
        self.title = title
    }

    /// Builds the loss panel, plus an accuracy panel when given; throws a `FigureError` for no loss.
    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(loss, "loss history")
        var lossAxes = Axes(title: title ?? "Loss per epoch", x: Axis(label: "epoch"),
                            y: Axis(label: lossName, scale: logY ? .log : .linear))
        lossAxes.line(x: epochs(loss), y: loss, label: "training", color: Palette.blue)
        if let validation = validationLoss, !validation.isEmpty {
            lossAxes.line(x: epochs(validation), y: validation, label: validationName,
                          color: Palette.orange, dash: .dashed)
        }
        guard let accuracy, !accuracy.isEmpty else { return Figure(lossAxes) }
        var accuracyAxes = Axes(title: "Accuracy per epoch", x: Axis(label: "epoch"),
                                y: Axis(label: "accuracy (%)", limits: accuracyRange))
        accuracyAxes.line(x: epochs(accuracy), y: accuracy.map { $0 * 100 }, label: "training",
                          color: Palette.blue)
        if let validation = validationAccuracy, !validation.isEmpty {
            accuracyAxes.line(x: epochs(validation), y: validation.map { $0 * 100 },
                              label: validationName, color: Palette.orange, dash: .dashed)
        }
        return Figure(width: 900, height: 380, panels: [lossAxes, accuracyAxes])
    }

    private func epochs(_ values: [Double]) -> [Double] { values.indices.map { Double($0 + 1) } }
}
