/// A font request: DejaVu Sans at a pixel size, regular or bold.
public struct FontSpec: Equatable, Sendable {
    public var size: Double
    public var bold: Bool

    public init(size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }
}

/// The measured box of a line of text: advance width plus the font's ascent and descent.
public struct TextSize: Equatable, Sendable {
    public var width: Double
    public var ascent: Double
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }
}

/// How a path is stroked.
public struct StrokeStyle: Equatable, Sendable {
    public var color: Color
    public var width: Double
    /// Alternating on/off lengths in pixels; empty for solid.
    public var dash: [Double]
    public var roundCaps: Bool

    public init(color: Color, width: Double = 1, dash: [Double] = [], roundCaps: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.roundCaps = roundCaps
    }
}

/// An image of premultiplied ARGB32 pixels, top row first.
public struct PixelGrid: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt32]

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
    func save()
    func restore()
    /// Restricts drawing to `rect` until the matching `restore()`.
    func clip(to rect: Rect)
    func fill(_ path: Path, color: Color)
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
