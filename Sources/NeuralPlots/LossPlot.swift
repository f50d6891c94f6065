import Figures
import Neural

/// Training (and validation) loss per epoch from a `History`, with accuracy beside it when
/// recorded: `LossPlot(history, logY: true)`. `validationName` names the second curve
/// ("held-out", "test") when the chapter calls that set something else.
public struct LossPlot: FigureConvertible {
    public var history: History
    public var logY: Bool
    public var lossName: String
    public var validationName: String
    /// Accuracy axis range in percent (say 80...100); nil fits the data.
    public var accuracyRange: ClosedRange<Double>?
    public var showAccuracy: Bool
    public var title: String?

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
