/// A fenced `swift` block: code that runs when the chapter is built.
public struct Cell: Hashable, Sendable, Codable {
    /// Position of the cell within its chapter, counting from 0.
    public var index: Int
    public var options: CellOptions
    /// The code without its `//| key: value` option lines, as shown on the page.
    public var code: String
    /// Every line between the fences, option lines included, as compiled (so that line numbers
    /// in compiler messages match the Markdown file).
    public var source: String
    /// Location of the opening fence.
    public var fence: SourceLocation
    /// Markdown line of the first line between the fences.
    public var firstLine: Int
    /// Column at which the code starts (fences may be indented).
    public var column: Int

    public init(index: Int, options: CellOptions, code: String, source: String,
                fence: SourceLocation, firstLine: Int, column: Int = 1) {
        self.index = index
        self.options = options
        self.code = code
        self.source = source
        self.fence = fence
        self.firstLine = firstLine
        self.column = column
    }

    /// Markdown line of the last line between the fences.
    public var lastLine: Int {
        firstLine + max(0, source.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
    }
}

/// An inline value, written `` `{swift} expr` `` in prose: the value of `expr`, evaluated after
/// the cell before it, is shown in its place.
public struct InlineExpression: Hashable, Sendable, Codable {
    public var index: Int
    public var code: String
    public var location: SourceLocation
    /// Index of the last cell before this expression, or nil if it comes before every cell.
    public var afterCell: Int?

    public init(index: Int, code: String, location: SourceLocation, afterCell: Int?) {
        self.index = index
        self.code = code
        self.location = location
        self.afterCell = afterCell
    }
}
