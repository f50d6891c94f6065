/// Markers at (x, y) pairs in data coordinates.
public struct ScatterSeries: Equatable, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: Color?
    public var marker: MarkerShape
    /// Marker diameter in pixels.
    public var size: Double

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
