/// A field over the plane as coloured cells with a colour bar, optionally with contours.
public struct HeatMapChart: FigureConvertible, Equatable, Sendable {
    public var grid: Grid2D
    public var colorMap: ColorMap
    public var range: ClosedRange<Double>?
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var colorBarLabel: String?
    /// Iso-lines drawn over the map (for example 0.5 for a sigmoid unit).
    public var contourLevels: [Double]
    public var points: ClassPoints?
    public var width: Int
    public var height: Int

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
