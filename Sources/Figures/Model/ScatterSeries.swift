/// Markers at (x, y) pairs in data coordinates.
public struct ScatterSeries: Hashable, Sendable {
    /// Horizontal positions in data coordinates.
    public var x: [Double]
    /// Vertical positions in data coordinates, one per x.
    public var y: [Double]
    /// Legend text; nil leaves the series out of the legend.
    public var label: String?
    /// Marker colour; nil picks the next palette colour.
    public var color: Color?
    /// The marker shape.
    public var marker: MarkerShape
    /// Marker diameter in pixels.
    public var size: Double

    /// Markers at (`x[i]`, `y[i]`); by default 7-pixel circles in the next palette colour.
    public init(x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
                marker: MarkerShape = .circle, size: Double = 7) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.marker = marker
        self.size = size
    }

    func validate() throws {
        let name = "scatter series \(label.map { "'\($0)'" } ?? "(unlabelled)")"
        try Check.sameLength(x, y, name)
        try Check.nonEmpty(x, name)
        try Check.finite(x, name + " x")
        try Check.finite(y, name + " y")
    }
}
