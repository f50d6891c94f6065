import BookCore

/// Swift source as HTML with `<span class="tok-…">` around coloured tokens.
enum SwiftHighlighter {
    static func html(_ source: String) -> String {
        let trimmed = source.hasSuffix("\n") ? String(source.dropLast()) : source
        var out = ""
        out.reserveCapacity(trimmed.utf8.count * 2)
        for token in SwiftTokenizer.tokenize(trimmed) {
            if token.kind == .plain {
                out += HTML.text(token.text)
            } else {
                out += "<span class=\"tok-" + token.kind.rawValue + "\">" + HTML.text(token.text)
                out += "</span>"
            }
        }
        return out
    }
}
