/// A code block that is shown, not run.
enum CodeBlock {
    /// Swift is highlighted; other languages are shown escaped, with a `language-…` class for
    /// readers' own tools (a bad highlighter is worse than none).
    static func html(language: String, code: String) -> String {
        let language = language.split(whereSeparator: { $0 == " " || $0 == "{" }).first
            .map(String.init) ?? ""
        var out = "<pre class=\"code\" tabindex=\"0\"><code"
        if !language.isEmpty {
            out += " class=\"language-" + HTML.attribute(language) + "\""
        }
        out += ">"
        // `code` is the block's text as CommonMark gives it, final line break included.
        out += language == "swift" ? SwiftHighlighter.html(code) : HTML.text(code)
        return out + "</code></pre>\n"
    }
}
