/// Where a text's anchor point sits on the text box.
public enum TextAnchor: String, Sendable {
    case center, left, right, top, bottom, topLeft, topRight, bottomLeft, bottomRight
}

/// A piece of text placed at a data coordinate.
public struct TextAnnotation: Equatable, Sendable {
    public var text: String
    public var at: Point
    public var anchor: TextAnchor
    public var color: Color?
    public var size: Double?
    public var bold: Bool
    /// Pixel offset applied after anchoring (y down).
    public var offset: Point
    /// Paints a background box behind the text so it stays readable over lines.
    public var boxed: Bool

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
