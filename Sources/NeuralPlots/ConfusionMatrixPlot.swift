import Figures
import Neural

/// Counts of true versus predicted classes of a model on a data set:
/// `ConfusionMatrixPlot(model, testSet)`.
public struct ConfusionMatrixPlot: FigureConvertible {
    public let model: Sequential
    public let data: Dataset
    public var title: String?

    public init(_ model: Sequential, _ data: Dataset, title: String? = nil) {
        self.model = model
        self.data = data
        self.title = title
    }

    /// `counts[true][predicted]`.
    public func counts() throws -> [[Int]] {
        let output = try model.predict(data.x)
        let predicted = output.columns == 1
            ? try ModelSampling.probability(of: output, model: model).map { $0 >= 0.5 ? 1 : 0 }
            : output.argmaxPerRow()
        let truth = ModelSampling.labels(data.y)
        let classes = max(data.classNames.count, (predicted + truth).max().map { $0 + 1 } ?? 1,
                          output.columns == 1 ? 2 : output.columns)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
        for (t, p) in zip(truth, predicted) { counts[t][p] += 1 }
        return counts
    }

    public func makeFigure() throws -> Figure {
        let counts = try counts()
        let names = data.classNames.count == counts.count ? data.classNames : nil
        return try ConfusionMatrixChart(counts: counts, classNames: names, title: title)
            .makeFigure()
    }
}
