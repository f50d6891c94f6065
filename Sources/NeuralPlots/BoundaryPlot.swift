import Figures
import Neural

/// A trained 2-input classifier's decision boundary over its data:
/// `show(BoundaryPlot(model, data), name: "coffee-boundary")`.
public struct BoundaryPlot: FigureConvertible {
    public let model: Sequential
    public let data: Dataset
    public var resolution: Int
    /// The boundary that generated the data, drawn dashed (a polyline or closed polygon).
    public var trueBoundary: [Point]?
    public var title: String?
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?

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

    public func makeFigure() throws -> Figure { try chart().makeFigure() }
}
