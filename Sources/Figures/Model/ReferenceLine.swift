/// A horizontal or vertical line across the whole plot at a data value.
public struct ReferenceLine: Equatable, Sendable {
    public enum Orientation: String, Sendable { case horizontal, vertical }

    public var orientation: Orientation
    public var value: Double
    public var label: String?
    public var color: Color?
    public var width: Double
    public var dash: LineDash

    public init(_ orientation: Orientation, at value: Double, label: String? = nil,
                color: Color? = nil, width: Double = 1, dash: LineDash = .dotted) {
        self.orientation = orientation
        self.value = value
        self.label = label
        self.color = color
        self.width = width
        self.dash = dash
    }
}
