/// A horizontal or vertical line across the whole plot at a data value.
public struct ReferenceLine: Hashable, Sendable {
    /// Which way a reference line runs: `horizontal` at a y value, `vertical` at an x value.
    ///
    /// ```swift
    /// let threshold = ReferenceLine(.horizontal, at: 0.5, label: "threshold")
    /// ```
    public enum Orientation: String, Sendable {
        /// A line across the plot at one y value.
        case horizontal
        /// A line up the plot at one x value.
        case vertical
    }

    /// Whether the line runs across (horizontal) or up (vertical).
    public var orientation: Orientation
    /// Where the line sits, in data coordinates: a y value if horizontal, an x value if vertical.
    public var value: Double
    /// Text written beside the line: at the top of a vertical line, the right end of a horizontal one.
    public var label: String?
    /// Colour of the line and label; nil uses the theme's axis colour and text colour.
    public var color: Color?
    /// Line width in pixels.
    public var width: Double
    /// Dash pattern; dotted by default.
    public var dash: LineDash

    /// A reference line at `value`; by default dotted, 1 pixel wide and unlabelled.
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
