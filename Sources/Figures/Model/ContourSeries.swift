/// Iso-lines in data coordinates, usually from `MarchingSquares`.
public struct ContourSeries: Equatable, Sendable {
    public var lines: [[Point]]
    public var label: String?
    public var color: Color?
    public var width: Double
    public var dash: LineDash

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
