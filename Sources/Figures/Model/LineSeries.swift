/// A polyline through (x, y) pairs in data coordinates.
public struct LineSeries: Equatable, Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Shown in the legend when set.
    public var label: String?
    /// nil picks the next palette colour.
    public var color: Color?
    public var width: Double
    public var dash: LineDash
    /// Optional marker at every point.
    public var marker: MarkerShape?

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
