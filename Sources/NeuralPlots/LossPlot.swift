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
    public var showAccuracy: Bool
    public var title: String?

    public init(_ history: History, logY: Bool = false, lossName: String = "loss",
                validationName: String = "validation", showAccuracy: Bool = true,
                title: String? = nil) {
        self.history = history
        self.logY = logY
        self.lossName = lossName
        self.validationName = validationName
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
                             lossName: lossName, validationName: validationName, logY: logY,
                             title: title).makeFigure()
    }
}
