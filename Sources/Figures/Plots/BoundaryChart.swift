/// A decision boundary: the model's probability shaded over the input plane, its 0.5 contour,
/// an optional dashed true boundary, and the data points on top.
public struct BoundaryChart: FigureConvertible, Equatable, Sendable {
    /// P(class 1) sampled over the plane.
    public var probability: Grid2D
    public var points: ClassPoints?
    /// The boundary that generated the data (a polyline or closed polygon), drawn dashed.
    public var trueBoundary: [Point]?
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var colorBarLabel: String
    public var level: Double
    public var width: Int
    public var height: Int

    public init(probability: Grid2D, points: ClassPoints? = nil, trueBoundary: [Point]? = nil,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                colorBarLabel: String = "P(class 1)", level: Double = 0.5,
                width: Int = 640, height: Int = 420) {
        self.probability = probability
        self.points = points
        self.trueBoundary = trueBoundary
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.colorBarLabel = colorBarLabel
        self.level = level
        self.width = width
        self.height = height
    }

    /// The panel on its own, for use in bigger figures (without a colour bar).
    public func axes() throws -> Axes {
        try probability.validate("probability grid")
        try points?.validate()
        var axes = Axes(title: title, x: Axis(label: xLabel, limits: probability.xRange),
                        y: Axis(label: yLabel, limits: probability.yRange), grid: false,
                        frame: .box)
        axes.items.append(.heatMap(HeatMap(grid: probability, colorMap: .probability,
                                           range: 0...1)))
        let contour = ContourSeries(grid: probability, level: level,
                                    label: "model: P = \(NumberFormat.compact(level))",
                                    color: Color(hex: 0x1A1A1A), width: 2)
        axes.items.append(.contour(contour))
        if let boundary = trueBoundary, boundary.count > 1 {
            try Check.finite(boundary.flatMap { [$0.x, $0.y] }, "true boundary")
            axes.items.append(.line(LineSeries(x: boundary.map(\.x), y: boundary.map(\.y),
                                               label: "true boundary",
                                               color: Color(hex: 0x444444), width: 1.6,
                                               dash: .dashed)))
        }
        points?.add(to: &axes)
        return axes
    }

    public func makeFigure() throws -> Figure {
        var axes = try axes()
        axes.colorBar = ColorBar(colorMap: .probability, range: 0...1, label: colorBarLabel)
        return Figure(axes, width: width, height: height)
    }
}
