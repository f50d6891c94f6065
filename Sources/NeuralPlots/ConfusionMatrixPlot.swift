import Figures
import Neural

/// Counts of true versus predicted classes of a model on a data set:
/// `ConfusionMatrixPlot(model, testSet)`.
public struct ConfusionMatrixPlot: FigureConvertible {
    /// The trained classifier: one output unit (thresholded at 0.5) or one output per class.
    public let model: Sequential
    /// Examples and true labels to count; its class names label the axes when there is one per class.
    public let data: Dataset
    /// The panel title; nil for none.
    public var title: String?

    /// A confusion matrix of `model`'s predictions on `data`.
    ///
    /// ```swift
    /// let digits = try Digits.load()
    /// let (train, test) = digits.split(testFraction: 0.2, seed: 1)
    /// let model = Sequential(seed: 1) { Dense(25, .relu); Dense(10, .linear) }
    /// model.compile(loss: .softmaxCrossEntropy, optimizer: Adam(0.001))
    /// try model.fit(train, epochs: 40, batchSize: 32)
    /// show(ConfusionMatrixPlot(model, test, title: "Test digits"), name: "digit-confusion")
    /// ```
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

    /// Draws the counts as a grid of true against predicted classes. Throws when `predict` fails.
    public func makeFigure() throws -> Figure {
        let counts = try counts()
        let names = data.classNames.count == counts.count ? data.classNames : nil
        return try ConfusionMatrixChart(counts: counts, classNames: names, title: title)
            .makeFigure()
    }
}
