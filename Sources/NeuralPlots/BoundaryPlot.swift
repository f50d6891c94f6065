import Figures
import Neural

/// A trained 2-input classifier's decision boundary over its data:
/// `show(BoundaryPlot(model, data), name: "coffee-boundary")`.
public struct BoundaryPlot: FigureConvertible {
    /// The trained classifier: 2 inputs, and one output unit or a two-class softmax.
    public let model: Sequential
    /// The 2-feature data set drawn as points; its feature and class names label the plot.
    public let data: Dataset
    /// Grid cells per side at which the model is sampled, 2…2000.
    public var resolution: Int
    /// The boundary that generated the data, drawn dashed (a polyline or closed polygon).
    public var trueBoundary: [Point]?
    /// The panel title; nil for none.
    public var title: String?
    /// Range of the first feature to shade; nil uses the data's range padded by 5 % each side.
    public var xRange: ClosedRange<Double>?
    /// Range of the second feature to shade; nil uses the data's range padded by 5 % each side.
    public var yRange: ClosedRange<Double>?

    /// A decision-boundary plot of `model` over `data`.
    ///
    /// ```swift
    /// let roasts = Coffee.roasts(count: 200, seed: 2)
    /// let norm = Normalization()
    /// try norm.adapt(roasts.x)
    /// let model = Sequential(seed: 1234) {
    ///     norm
    ///     Dense(3, .sigmoid)
    ///     Dense(1, .sigmoid)
    /// }
    /// model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
    /// try model.fit(roasts.tiled(times: 1000), epochs: 10, batchSize: 32)
    /// show(BoundaryPlot(model, roasts, title: "P(good roast)"), name: "coffee-boundary")
    /// ```
    public init(_ model: Sequential, _ data: Dataset, resolution: Int = 200,
                trueBoundary: [Point]? = nil, title: String? = nil,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil) {
        self.model = model
        self.data = data
        self.resolution = resolution
        self.trueBoundary = trueBoundary
        self.title = title
        self.xRange = xRange
        self.yRange = yRange
    }

    /// The chart with the model's probabilities filled in.
    public func chart() throws -> BoundaryChart {
        guard data.x.columns == 2 else {
            throw FigureError("BoundaryPlot needs 2 input features; the data has "
                              + "\(data.x.columns)")
        }
        guard (2...2000).contains(resolution) else {
            throw FigureError("BoundaryPlot resolution \(resolution) must be in 2…2000")
        }
        let x = try xRange ?? ModelSampling.range(data.x, column: 0)
        let y = try yRange ?? ModelSampling.range(data.x, column: 1)
        let inputs = try ModelSampling.inputs(columns: resolution, rows: resolution, x: x, y: y)
        let probability = try ModelSampling.probability(of: model.predict(inputs), model: model)
        let grid = Grid2D(columns: resolution, rows: resolution, xRange: x, yRange: y,
                          values: probability)
        let positive = data.classNames.count > 1 ? data.classNames[1] : "class 1"
        return BoundaryChart(probability: grid, points: ModelSampling.points(data),
                             trueBoundary: trueBoundary, title: title,
                             xLabel: data.featureNames.first, yLabel: data.featureNames.last,
                             colorBarLabel: "P(\(positive))")
    }

    /// The panel alone, for side-by-side comparisons in one `Figure`.
    public func axes() throws -> Axes { try chart().axes() }

    /// The boundary panel with its probability colour bar. Throws when the data does not have
    /// 2 features, `resolution` is outside 2…2000, or the output cannot be read as a probability.
    public func makeFigure() throws -> Figure { try chart().makeFigure() }
}
