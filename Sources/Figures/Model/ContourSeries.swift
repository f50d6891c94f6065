/// Iso-lines in data coordinates, usually from `MarchingSquares`.
public struct ContourSeries: Hashable, Sendable {
    /// The iso-lines, each a polyline of points in data coordinates.
    public var lines: [[Point]]
    /// Legend text; nil leaves the contour out of the legend.
    public var label: String?
    /// Line colour; nil uses the theme's emphasis colour.
    public var color: Color?
    /// Line width in pixels.
    public var width: Double
    /// Dash pattern of the lines.
    public var dash: LineDash

    /// Contours from ready-made polylines in data coordinates; solid and 2 pixels wide by default.
    public init(lines: [[Point]], label: String? = nil, color: Color? = nil,
                width: Double = 2, dash: LineDash = .solid) {
        self.lines = lines
        self.label = label
        self.color = color
        self.width = width
        self.dash = dash
    }

    /// The `level` iso-line of `grid`.
    public init(grid: Grid2D, level: Double, label: String? = nil, color: Color? = nil,
                width: Double = 2, dash: LineDash = .solid) {
        self.init(lines: MarchingSquares.contour(grid, level: level), label: label,
                  color: color, width: width, dash: dash)
    }
}
