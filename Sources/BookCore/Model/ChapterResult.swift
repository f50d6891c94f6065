@_exported import GliaProtocol  // FigureOutput is part of the book model

/// What running a chapter produced, per cell. Made by BookExecution, read by BookHTML, and
/// stored in the build cache (hence Codable).
public struct ChapterResult: Hashable, Sendable, Codable {
    public var cells: [CellResult]
    /// Rendered values of the chapter's inline expressions, by index.
    public var inlineValues: [String]
    /// Folder holding the figure files named in `FigureOutput`.
    public var figureDirectory: String
    /// Values the chapter handed to others with `publish(_:as:)`: JSON text by name.
    public var published: [String: String]

    public init(cells: [CellResult], inlineValues: [String], figureDirectory: String,
                published: [String: String] = [:]) {
        self.cells = cells
        self.inlineValues = inlineValues
        self.figureDirectory = figureDirectory
        self.published = published
    }

    /// Entries stored before values could be published read as publishing none.
    public init(from decoder: Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        cells = try fields.decode([CellResult].self, forKey: .cells)
        inlineValues = try fields.decode([String].self, forKey: .inlineValues)
        figureDirectory = try fields.decode(String.self, forKey: .figureDirectory)
        published = try fields.decodeIfPresent([String: String].self, forKey: .published) ?? [:]
    }
}

public struct CellResult: Hashable, Sendable, Codable {
    /// What the cell printed (stdout and stderr, in order), possibly truncated.
    public var output: String
    public var figures: [FigureOutput]
    /// Set when the cell failed: the message shown on the page for `error: true` cells.
    public var error: String?
    /// Wall-clock seconds the cell ran (shown in progress, never on pages).
    public var seconds: Double

    public init(output: String = "", figures: [FigureOutput] = [], error: String? = nil,
                seconds: Double = 0) {
        self.output = output
        self.figures = figures
        self.error = error
        self.seconds = seconds
    }
}
