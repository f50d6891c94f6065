/// Where a text's anchor point sits on the text box.
public enum TextAnchor: String, Sendable {
    /// `center` puts the middle of the text at the point; each other case names the edge or corner
    /// of the text box that sits at the point, so `.left` puts the text to the right of it.
    case center, left, right, top, bottom, topLeft, topRight, bottomLeft, bottomRight
}

/// A piece of text placed at a data coordinate.
public struct TextAnnotation: Hashable, Sendable {
    /// The text to draw.
    public var text: String
    /// The anchor point, in data coordinates.
    public var at: Point
    /// Which part of the text box sits at `at`.
    public var anchor: TextAnchor
    /// Text colour; nil uses the theme's text colour.
    public var color: Color?
    /// Font size in pixels; nil uses the theme's tick label size.
    public var size: Double?
    /// Draws the text in bold.
    public var bold: Bool
    /// Pixel offset applied after anchoring (y down).
    public var offset: Point
    /// Paints a background box behind the text so it stays readable over lines.
    public var boxed: Bool

    /// A label `text` with its `anchor` at the data point `at`; centred, plain and unboxed by default.
    public init(_ text: String, at: Point, anchor: TextAnchor = .center, color: Color? = nil,
                size: Double? = nil, bold: Bool = false, offset: Point = Point(0, 0),
                boxed: Bool = false) {
        self.text = text
        self.at = at
        self.anchor = anchor
        self.color = color
        self.size = size
        self.bold = bold
        self.offset = offset
        self.boxed = boxed
    }
}
