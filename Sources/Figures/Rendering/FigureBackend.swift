/// A font request: DejaVu Sans at a pixel size, regular or bold.
public struct FontSpec: Equatable, Sendable {
    /// Font size in pixels.
    public var size: Double
    /// Uses the bold face.
    public var bold: Bool

    /// A font of `size` pixels, regular unless `bold`.
    public init(size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }
}

/// The measured box of a line of text: advance width plus the font's ascent and descent.
public struct TextSize: Equatable, Sendable {
    /// Advance width in pixels.
    public var width: Double
    /// Height above the baseline, in pixels.
    public var ascent: Double
    /// Depth below the baseline, in pixels.
    public var descent: Double

    /// A measured size, all in pixels.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// Ascent plus descent: the full line height in pixels.
    public var height: Double { ascent + descent }
}

/// How a path is stroked.
public struct StrokeStyle: Equatable, Sendable {
    /// Line colour.
    public var color: Color
    /// Line width in pixels.
    public var width: Double
    /// Alternating on/off lengths in pixels; empty for solid.
    public var dash: [Double]
    /// Rounds the ends of lines instead of cutting them square.
    public var roundCaps: Bool

    /// A stroke style; solid and 1 pixel wide by default.
    public init(color: Color, width: Double = 1, dash: [Double] = [], roundCaps: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.roundCaps = roundCaps
    }
}

/// An image of premultiplied ARGB32 pixels, top row first.
public struct PixelGrid: Equatable, Sendable {
    /// Pixels per row.
    public var width: Int
    /// Number of rows.
    public var height: Int
    /// `width * height` premultiplied ARGB32 values, row by row.
    public var pixels: [UInt32]

    /// An image of `width` × `height` pixels.
    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}

/// What a renderer needs from a drawing library: the few primitives figures are made of,
/// in pixel coordinates with y pointing down. Implemented by `RecordingBackend` (tests) and
/// `CairoBackend` (PNG, SVG).
public protocol FigureBackend: AnyObject {
    /// Saves the drawing state, including the clip, for the next `restore()`.
    func save()
    /// Brings back the state saved by the matching `save()`.
    func restore()
    /// Restricts drawing to `rect` until the matching `restore()`.
    func clip(to rect: Rect)
    /// Fills the inside of `path` with `color`.
    func fill(_ path: Path, color: Color)
    /// Draws the outline of `path` in `style`.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Measures `text` so layouts can keep labels from clipping or colliding.
    func measure(_ text: String, font: FontSpec) -> TextSize
    /// Draws `text` with its baseline starting at `origin`, rotated by `rotation` radians
    /// (counter-clockwise on screen for negative values) around the origin.
    func drawText(_ text: String, at origin: Point, font: FontSpec, color: Color,
                  rotation: Double)
    /// Paints `image` stretched over `rect`, nearest-neighbour or bilinear.
    func drawImage(_ image: PixelGrid, in rect: Rect, smooth: Bool)
}
