import Figures
import Neural

/// Training (and validation) loss per epoch from a `History`, with accuracy beside it when
/// recorded: `LossPlot(history, logY: true)`. `validationName` names the second curve
/// ("held-out", "test") when the chapter calls that set something else.
public struct LossPlot: FigureConvertible {
    /// The per-epoch metrics returned by `fit`.
    public var history: History
    /// Draws the loss on a logarithmic axis.
    public var logY: Bool
    /// Label of the loss axis, such as "binary cross-entropy".
    public var lossName: String
    /// Legend name of the validation curves, such as "held-out" or "test".
    public var validationName: String
    /// Accuracy axis range in percent (say 80...100); nil fits the data.
    public var accuracyRange: ClosedRange<Double>?
    /// Adds the accuracy panel when the history has accuracy; false shows the loss alone.
    public var showAccuracy: Bool
    /// Title of the loss panel; nil uses "Loss per epoch".
    public var title: String?

    /// A plot of the curves recorded in `history`.
    ///
    /// ```swift
    /// let digits = try Digits.load()
    /// let (train, validation) = digits.split(testFraction: 0.2, seed: 1)
    /// let model = Sequential(seed: 1) { Dense(25, .relu); Dense(10, .linear) }
    /// model.compile(loss: .softmaxCrossEntropy, optimizer: Adam(0.001))
    /// let history = try model.fit(train, epochs: 40, batchSize: 32, validation: validation)
    /// show(LossPlot(history, accuracyRange: 80...100), name: "digits-training")
    /// ```
    public init(_ history: History, logY: Bool = false, lossName: String = "loss",
                validationName: String = "validation",
                accuracyRange: ClosedRange<Double>? = nil, showAccuracy: Bool = true,
                title: String? = nil) {
        self.history = history
        self.logY = logY
        self.lossName = lossName
        self.validationName = validationName
        self.accuracyRange = accuracyRange
        self.showAccuracy = showAccuracy
        self.title = title
    }

    /// The loss panel, with an accuracy panel (in percent) beside it when shown and recorded.
    /// Throws when the history has no epochs.
    public func makeFigure() throws -> Figure {
        func doubles(_ values: [Float]) -> [Double]? {
            values.isEmpty ? nil : values.map(Double.init)
        }
        return try LossChart(loss: history.loss.map(Double.init),
                             validationLoss: doubles(history.validationLoss),
                             accuracy: showAccuracy ? doubles(history.accuracy) : nil,
                             validationAccuracy: showAccuracy
                                ? doubles(history.validationAccuracy) : nil,
                             lossName: lossName, validationName: validationName,
                             accuracyRange: accuracyRange, logY: logY, title: title).makeFigure()
    }
}
