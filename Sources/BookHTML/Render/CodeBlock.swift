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
        let body = code.hasSuffix("\n") ? String(code.dropLast()) : code
        out += language == "swift" ? SwiftHighlighter.html(body) : HTML.text(body)
        return out + "</code></pre>\n"
    }
}
