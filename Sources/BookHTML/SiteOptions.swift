/// Settings for rendering a book into a static site.
public struct SiteOptions: Sendable {
    /// Folder holding `katex.min.js`, `katex.min.css` and `fonts/` (Debian's `libjs-katex`).
    /// When nil or missing, math is shown as its TeX source and `render()` warns.
    public var katexDirectory: String? = "/usr/share/javascript/katex"

    public init() {}
}
