import Figures
import Neural

/// Softmax probabilities per class for a few inputs, one panel per input:
/// `ProbabilityBars(model, input: someRows, classNames: digits.classNames)`.
/// One-unit sigmoid models show P(class 0) and P(class 1).
public struct ProbabilityBars: FigureConvertible {
    /// The trained classifier whose outputs are drawn.
    public let model: Sequential
    /// The examples to show, one per row; each row gets its own panel.
    public var input: Matrix
    /// One name per class; nil uses "class 0", "class 1", and so on.
    public var classNames: [String]?
    /// One panel title per input row; nil uses "input 0", "input 1", and so on.
    public var titles: [String]?
    /// Applies softmax when the last layer outputs logits (linear activation).
    public var applySoftmaxToLogits: Bool

    /// Bar charts of `model`'s class probabilities for each row of `input`.
    ///
    /// ```swift
    /// let digits = try Digits.load()
    /// let (train, test) = digits.split(testFraction: 0.2, seed: 1)
    /// let model = Sequential(seed: 1) { Dense(25, .relu); Dense(10, .linear) }
    /// model.compile(loss: .softmaxCrossEntropy, optimizer: Adam(0.001))
    /// try model.fit(train, epochs: 40, batchSize: 32)
    /// show(ProbabilityBars(model, input: test.x.rows(0..<4), classNames: digits.classNames),
    ///      name: "digit-probabilities")
    /// ```
    public init(_ model: Sequential, input: Matrix, classNames: [String]? = nil,
                titles: [String]? = nil, applySoftmaxToLogits: Bool = true) {
        self.model = model
        self.input = input
        self.classNames = classNames
        self.titles = titles
        self.applySoftmaxToLogits = applySoftmaxToLogits
    }

    /// One bar panel per input row, probabilities on a 0…1 axis. Throws when `input` has no rows
    /// or the number of class names differs from the number of outputs.
    public func makeFigure() throws -> Figure {
        guard input.rows > 0 else { throw FigureError("ProbabilityBars needs at least one input row") }
        var output = try model.predict(input)
        let last = model.denseLayers.last?.activation
        if output.columns == 1 {
            let p = try ModelSampling.probability(of: output, model: model)
            output = try Matrix(rows: p.count, columns: 2,
                                data: p.flatMap { [Float(1 - $0), Float($0)] })
        } else if last == .linear, applySoftmaxToLogits {
            output = softmax(output)
        }
        let names = classNames ?? (0..<output.columns).map { "class \($0)" }
        guard names.count == output.columns else {
            throw FigureError("ProbabilityBars: \(names.count) class names for "
                              + "\(output.columns) outputs")
        }
        let values = (0..<output.rows).map { r in (0..<output.columns).map { Double(output[r, $0]) } }
        return try BarChart(categories: names, values: values,
                            panelTitles: titles ?? (0..<output.rows).map { "input \($0)" },
                            xLabel: "probability", limits: 0...1).makeFigure()
    }
}
