import BookCore

/// Swift source as HTML with `<span class="tok-…">` around coloured tokens.
enum SwiftHighlighter {
    /// - Parameter links: names (types, functions) to link, with their reference pages.
    static func html(_ source: String, links: [String: String] = [:]) -> String {
        let trimmed = source.hasSuffix("\n") ? String(source.dropLast()) : source
        var out = ""
        out.reserveCapacity(trimmed.utf8.count * 2)
        for token in SwiftTokenizer.tokenize(trimmed) {
            if token.kind == .plain {
                out += HTML.text(token.text)
            } else if (token.kind == .type || token.kind == .function), let url = links[token.text] {
                out += "<a class=\"tok-" + token.kind.rawValue + " api-link\" href=\"" + ReferencePages.href(url) + "\">"
                out += HTML.text(token.text) + "</a>"
            } else {
                out += "<span class=\"tok-" + token.kind.rawValue + "\">" + HTML.text(token.text)
                out += "</span>"
            }
        }
        return out
    }
}
