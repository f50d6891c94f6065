import Figures
import Neural

/// Training (and held-out) loss per epoch from a `History`, with accuracy beside it when
/// recorded: `LossPlot(history, logY: true)`.
public struct LossPlot: FigureConvertible {
    public var history: History
    public var logY: Bool
    public var lossName: String
    public var showAccuracy: Bool
    public var title: String?

    public init(_ history: History, logY: Bool = false, lossName: String = "loss",
                showAccuracy: Bool = true, title: String? = nil) {
        self.history = history
        self.logY = logY
        self.lossName = lossName
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
                             lossName: lossName, logY: logY, title: title).makeFigure()
    }
}
