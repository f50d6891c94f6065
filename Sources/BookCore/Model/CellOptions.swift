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

    public init() {}

    /// Every key the parser accepts, for error messages.
    public static let knownKeys = ["label", "echo", "eval", "output", "error", "fig-cap",
                                   "fig-alt", "timeout", "code-fold"]
}
