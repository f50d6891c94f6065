/// Training curves per epoch: loss (and validation loss), optionally on a log axis, and
/// accuracy in a second panel when given.
public struct LossChart: FigureConvertible, Equatable, Sendable {
    public var loss: [Double]
    public var validationLoss: [Double]?
    public var accuracy: [Double]?
    public var validationAccuracy: [Double]?
    public var lossName: String
    /// Legend name of the second curve: the set it was measured on.
    public var validationName: String
    /// Accuracy axis range in percent (say 80...100 to show a small gap); nil fits the data.
    public var accuracyRange: ClosedRange<Double>?
    public var logY: Bool
    public var title: String?

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
