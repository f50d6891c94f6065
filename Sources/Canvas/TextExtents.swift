/// The ink and advance of a piece of text in user-space units (Cairo's text extents).
public struct TextExtents: Equatable, Sendable {
    /// Horizontal distance from the origin to the left edge of the ink.
    public var bearingX: Double
    /// Vertical distance from the baseline to the top of the ink (negative: above the baseline).
    public var bearingY: Double
    public var width: Double
    public var height: Double
    /// How far the pen moves after drawing the text.
    public var advance: Double

    public init(bearingX: Double, bearingY: Double, width: Double, height: Double,
                advance: Double) {
        self.bearingX = bearingX
        self.bearingY = bearingY
        self.width = width
        self.height = height
        self.advance = advance
    }
}

/// Size-independent vertical metrics of the current font.
public struct FontExtents: Equatable, Sendable {
    public var ascent: Double
    public var descent: Double
    public var height: Double

    public init(ascent: Double, descent: Double, height: Double) {
        self.ascent = ascent
        self.descent = descent
        self.height = height
    }
}
