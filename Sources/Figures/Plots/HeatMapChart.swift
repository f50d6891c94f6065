/// A field over the plane as coloured cells with a colour bar, optionally with contours.
public struct HeatMapChart: FigureConvertible, Equatable, Sendable {
    /// The field to paint.
    public var grid: Grid2D
    /// Colours for the values; viridis by default.
    public var colorMap: ColorMap
    /// Values mapped to the ends of the colour map; nil uses the data's minimum and maximum.
    public var range: ClosedRange<Double>?
    /// The chart title; nil draws none.
    public var title: String?
    /// Label of the horizontal axis.
    public var xLabel: String?
    /// Label of the vertical axis.
    public var yLabel: String?
    /// Label of the colour bar; include units.
    public var colorBarLabel: String?
    /// Iso-lines drawn over the map (for example 0.5 for a sigmoid unit).
    public var contourLevels: [Double]
    /// Labelled points drawn on top, by class.
    public var points: ClassPoints?
    /// Figure width in CSS pixels.
    public var width: Int
    /// Figure height in CSS pixels.
    public var height: Int

    /// A heat map of `grid` with a colour bar, optional contour lines and optional points.
    ///
    /// ```swift
    /// let bowl = Grid2D(columns: 50, rows: 50, xRange: -2...2, yRange: -2...2) { x, y in x * x + y * y }
    /// show(HeatMapChart(grid: bowl, xLabel: "x", yLabel: "y", colorBarLabel: "x² + y²",
    ///                   contourLevels: [1]), name: "bowl")
    /// ```
    public init(grid: Grid2D, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
                title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                colorBarLabel: String? = nil, contourLevels: [Double] = [],
                points: ClassPoints? = nil, width: Int = 640, height: Int = 420) {
        self.grid = grid
        self.colorMap = colorMap
        self.range = range
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.colorBarLabel = colorBarLabel
        self.contourLevels = contourLevels
        self.points = points
        self.width = width
        self.height = height
    }

    /// Builds the one-panel figure; throws a `FigureError` for an invalid grid or points.
    public func makeFigure() throws -> Figure {
        try grid.validate("heat map")
        try points?.validate()
        let map = HeatMap(grid: grid, colorMap: colorMap, range: range)
        var axes = Axes(title: title, x: Axis(label: xLabel, limits: grid.xRange),
                        y: Axis(label: yLabel, limits: grid.yRange), items: [.heatMap(map)],
                        colorBar: ColorBar(colorMap: colorMap, range: map.resolvedRange,
                                           label: colorBarLabel),
                        grid: false, frame: .box)
        for level in contourLevels {
            axes.items.append(.contour(ContourSeries(grid: grid, level: level,
                                                     label: "level \(NumberFormat.compact(level))",
                                                     color: Color(hex: 0x1A1A1A))))
        }
        points?.add(to: &axes)
        return Figure(axes, width: width, height: height)
    }
}
