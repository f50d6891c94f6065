/// The `//| key: value` options of a cell (Quarto and knitr spell them the same way).
public struct CellOptions: Hashable, Sendable, Codable {
    public var label: String?
    /// Show the code on the page.
    public var echo = true
    /// Run the code.
    public var eval = true
    /// Show what the code printed.
    public var output = true
    /// The cell is expected to fail; the build fails if it does not.
    public var error = false
    /// Caption and alt text for the figures the cell shows.
    public var figCap: String?
    public var figAlt: String?
    /// Seconds the cell may run before it is stopped.
    public var timeout: Double?
    /// Fold the code into a "Show code" disclosure; nil follows the book's `code-fold`.
    public var codeFold: Bool?
    /// `fig-column: page`: the cell's figures use the page's width beside the text column on
    /// wide screens (Quarto's `column: page`), for grids of small multiples.
    public var figColumn = FigureColumn.body

    /// How wide a cell's figures may be.
    public enum FigureColumn: String, Hashable, Sendable, Codable, CaseIterable {
        /// The text column.
        case body
        /// The text column and the contents column beside it, on screens wide enough for both.
        case page
    }

    public init() {}

    /// Every key the parser accepts, for error messages.
    public static let knownKeys = ["label", "echo", "eval", "output", "error", "fig-cap",
                                   "fig-alt", "fig-column", "timeout", "code-fold"]
}
