import BookCore

/// Settings for rendering a book into a static site.
public struct SiteOptions: Sendable {
    /// Folder holding `katex.min.js`, `katex.min.css` and `fonts/` (Debian's `libjs-katex`).
    /// When nil or missing, math is shown as its TeX source and `render()` warns.
    public var katexDirectory: String? = "/usr/share/javascript/katex"

    /// What the last build that ran a chapter changed; when not empty the site gets a
    /// `changes.html` page, linked from the front page.
    public var changes: FigureChanges?
    /// The folder the report's image paths are relative to (the cache's `changes/`).
    public var changesFolder: String?

    /// Render formulas at build time with Node.js when it is installed (else, and when
    /// false, pages render them in the browser).
    public var prerenderMath = true
    /// A file where rendered formulas are kept between builds (in glia's cache).
    public var mathCache: String?
    /// A folder where KaTeX's fonts cut to the book's characters are kept between builds.
    public var fontCache: String?

    /// The libraries' API, for reference pages (`reference.html`) and links from code; nil
    /// when the book turns it off or the symbol graphs could not be made.
    public var reference: ReferenceSite?

    /// The last render's parts, for a process that renders the same book again and again
    /// (glia serve); nil renders everything.
    public var memo: RenderMemo?

    public init() {}
}
