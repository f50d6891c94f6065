/// One figure a cell showed, written as SVG and as PNG at 1× and 2×, for a white page and
/// (`dark`) for a dark page.
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
    /// The same figure drawn for a dark page (same sizes and layout).
    public var dark: DarkFigure?
    /// Set for a figure the reader moves through with sliders; the files above are then
    /// those of its first shown frame.
    public var explorable: ExplorableFigure?

    public init(name: String, caption: String?, alt: String?, width: Int, height: Int,
                svg: String, png: String, png2x: String, narrow: NarrowFigure? = nil,
                dark: DarkFigure? = nil) {
        self.name = name
        self.caption = caption
        self.alt = alt
        self.width = width
        self.height = height
        self.svg = svg
        self.png = png
        self.png2x = png2x
        self.narrow = narrow
        self.dark = dark
    }

    /// Every file of the figure (and of each frame), for copying and for checking a cache
    /// entry is complete.
    public var files: [String] {
        let own = [png, png2x, svg] + (narrow?.files ?? []) + (dark?.files ?? [])
        guard let explorable else { return own }
        var seen = Set<String>()
        return (own + explorable.frames.flatMap(\.output.files)).filter { seen.insert($0).inserted }
    }

    /// The 1× PNGs that stand for the figure in a baseline: light and dark (of the first
    /// shown frame, for an explorable figure).
    public var referenceImages: [String] {
        [png] + (dark.map { [$0.png] } ?? [])
    }

    /// `referenceImages` of every frame of an explorable figure (those of the figure itself
    /// otherwise), for comparing one build with the last.
    public var allReferenceImages: [String] {
        explorable?.frames.flatMap(\.output.referenceImages) ?? referenceImages
    }

    /// Words that may not end a figure name, because the figure's variants use them.
    public static let reservedSuffixes = ["-dark", "-narrow"]

    /// The figure name a file of the figure folder belongs to (`kinks.3-dark@2x.png` →
    /// `kinks`), or nil for a file that is not a figure's.
    public static func figureName(ofFile file: String) -> String? {
        guard let dot = file.firstIndex(of: ".") else { return nil }
        var stem = String(file[..<dot])
        if stem.hasSuffix("@2x") { stem.removeLast(3) }
        for suffix in reservedSuffixes where stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
        }
        return stem.isEmpty ? nil : stem
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
    /// The phone layout drawn for a dark page.
    public var darkPNG: String?
    public var darkPNG2x: String?

    public init(width: Int, height: Int, png: String, png2x: String, rearranged: Bool = false,
                darkPNG: String? = nil, darkPNG2x: String? = nil) {
        self.width = width
        self.height = height
        self.png = png
        self.png2x = png2x
        self.rearranged = rearranged
        self.darkPNG = darkPNG
        self.darkPNG2x = darkPNG2x
    }

    var files: [String] { [png, png2x] + [darkPNG, darkPNG2x].compactMap { $0 } }
}

/// A figure's PNGs for a dark page; the phone layout's are in `NarrowFigure`. There is no
/// dark SVG: pages show PNGs, and the SVG download is for print and papers, which are light.
public struct DarkFigure: Hashable, Sendable, Codable {
    public var png: String
    public var png2x: String

    public init(png: String, png2x: String) {
        self.png = png
        self.png2x = png2x
    }

    var files: [String] { [png, png2x] }
}

/// A figure drawn once per combination of its controls' values (training step, seed,
/// width…), which the reader moves through with sliders.
public struct ExplorableFigure: Hashable, Sendable, Codable {
    /// One slider: a name and the label of each value, in order.
    public struct Control: Hashable, Sendable, Codable {
        public var name: String
        public var labels: [String]
        /// The value shown first (and without JavaScript, and in print).
        public var initial: Int

        public init(name: String, labels: [String], initial: Int) {
            self.name = name
            self.labels = labels
            self.initial = initial
        }
    }

    /// One frame: its files and, when `explore` gave one, its own alt text.
    ///
    /// Its fields are kept apart from `FigureOutput` (which holds this figure) so that
    /// neither type contains the other: a value type that contained itself through an array
    /// crashed glia's debug build (Swift 6.1) when a message holding it was released.
    public struct Frame: Hashable, Sendable, Codable {
        public var svg: String
        public var png: String
        public var png2x: String
        public var narrow: NarrowFigure?
        public var dark: DarkFigure?
        public var alt: String?

        public init(_ figure: FigureOutput) {
            svg = figure.svg
            png = figure.png
            png2x = figure.png2x
            narrow = figure.narrow
            dark = figure.dark
            alt = figure.alt
        }

        /// The frame's files as a figure's, to reuse what figures know about their files.
        var output: FigureOutput {
            FigureOutput(name: "", caption: nil, alt: alt, width: 0, height: 0, svg: svg, png: png,
                         png2x: png2x, narrow: narrow, dark: dark)
        }
    }

    public var controls: [Control]
    /// Every frame, the last control changing fastest (row-major over `controls`). All have
    /// the figure's size.
    public var frames: [Frame]

    public init(controls: [Control], frames: [Frame]) {
        self.controls = controls
        self.frames = frames
    }

    /// The frame index for one value index per control.
    public func frameIndex(_ positions: [Int]) -> Int {
        zip(controls, positions).reduce(0) { $0 * $1.0.labels.count + $1.1 }
    }

    /// The frame shown first.
    public var initialFrame: Int { frameIndex(controls.map(\.initial)) }

    /// The value index of each control in frame `index`.
    public func positions(ofFrame index: Int) -> [Int] {
        var rest = index
        var positions = [Int](repeating: 0, count: controls.count)
        for (k, control) in controls.enumerated().reversed() {
            positions[k] = rest % control.labels.count
            rest /= control.labels.count
        }
        return positions
    }
}
