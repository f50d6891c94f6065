/// One figure a cell showed, written as SVG and as PNG at 1× and 2×.
public struct FigureOutput: Hashable, Sendable, Codable {
    /// Name given to `show(_:name:)`; the figure is referenced as `@fig-<name>`.
    public var name: String
    public var caption: String?
    public var alt: String?
    /// CSS pixel size (the 1× PNG's size).
    public var width: Int
    public var height: Int
    /// File names inside `ChapterResult.figureDirectory`.
    public var svg: String
    public var png: String
    public var png2x: String
    /// The same figure laid out for phone screens (panels stacked in one column), when it
    /// is too wide to read there.
    public var narrow: NarrowFigure?

    public init(name: String, caption: String?, alt: String?, width: Int, height: Int,
                svg: String, png: String, png2x: String, narrow: NarrowFigure? = nil) {
        self.name = name
        self.caption = caption
        self.alt = alt
        self.width = width
        self.height = height
        self.svg = svg
        self.png = png
        self.png2x = png2x
        self.narrow = narrow
    }

    /// Every file of the figure, for copying and for checking a cache entry is complete.
    public var files: [String] {
        [png, png2x, svg] + (narrow.map { [$0.png, $0.png2x] } ?? [])
    }
}

/// A figure's phone layout: PNG at 1× and 2× of a narrower size.
public struct NarrowFigure: Hashable, Sendable, Codable {
    public var width: Int
    public var height: Int
    public var png: String
    public var png2x: String
    /// The panels are in other rows and columns than on wide screens, so words like "left"
    /// and "top row" in a caption need a note.
    public var rearranged: Bool

    public init(width: Int, height: Int, png: String, png2x: String, rearranged: Bool = false) {
        self.width = width
        self.height = height
        self.png = png
        self.png2x = png2x
        self.rearranged = rearranged
    }
}
