/// A decision boundary: the model's probability shaded over the input plane, its 0.5 contour,
/// an optional dashed true boundary, and the data points on top.
public struct BoundaryChart: FigureConvertible, Equatable, Sendable {
    /// P(class 1) sampled over the plane.
    public var probability: Grid2D
    /// Data points drawn over the shading, by class.
    public var points: ClassPoints?
    /// The boundary that generated the data (a polyline or closed polygon), drawn dashed.
    public var trueBoundary: [Point]?
    /// The panel title; nil draws none.
    public var title: String?
    /// Label of the horizontal input axis.
    public var xLabel: String?
    /// Label of the vertical input axis.
    public var yLabel: String?
    /// Label of the probability colour bar.
    public var colorBarLabel: String
    /// The probability at which the model's boundary is drawn (0.5 by default).
    public var level: Double
    /// Figure width in CSS pixels.
    public var width: Int
    /// Figure height in CSS pixels.
    public var height: Int

    /// A boundary chart of `probability` (P(class 1), 0…1), with optional points and true boundary.
    ///
    /// ```swift
    /// let grid = Grid2D(columns: 80, rows: 80, xRange: -3...3, yRange: -3...3) { x, y in
    ///     1 / (1 + exp(-(x + y)))
    /// }
    /// let points = ClassPoints(x: [-1, 1], y: [-1, 1], labels: [0, 1])
    /// show(BoundaryChart(probability: grid, points: points, xLabel: "x₁", yLabel: "x₂"),
    ///      name: "boundary")
    /// ```
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

    /// The panel from `axes()` with a 0…1 probability colour bar, at `width` × `height`.
    public func makeFigure() throws -> Figure {
        var axes = try axes()
        axes.colorBar = ColorBar(colorMap: .probability, range: 0...1, label: colorBarLabel)
        return Figure(axes, width: width, height: height)
    }
}
