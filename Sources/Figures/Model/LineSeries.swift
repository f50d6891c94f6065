/// A polyline through (x, y) pairs in data coordinates.
public struct LineSeries: Hashable, Sendable {
    /// Horizontal positions in data coordinates.
    public var x: [Double]
    /// Vertical positions in data coordinates, one per x.
    public var y: [Double]
    /// Shown in the legend when set.
    public var label: String?
    /// nil picks the next palette colour.
    public var color: Color?
    /// Line width in pixels.
    public var width: Double
    /// Dash pattern of the line.
    public var dash: LineDash
    /// Optional marker at every point.
    public var marker: MarkerShape?

    /// A line through (`x[i]`, `y[i]`); by default solid, 2 pixels wide, in the next palette colour.
    public init(x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
                width: Double = 2, dash: LineDash = .solid, marker: MarkerShape? = nil) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.width = width
        self.dash = dash
        self.marker = marker
    }

    func validate() throws {
        let name = "line series \(label.map { "'\($0)'" } ?? "(unlabelled)")"
        try Check.sameLength(x, y, name)
        try Check.nonEmpty(x, name)
        try Check.finite(x, name + " x")
        try Check.finite(y, name + " y")
    }
}
