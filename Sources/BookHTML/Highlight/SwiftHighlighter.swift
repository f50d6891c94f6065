import BookCore

/// Swift source as HTML with `<span class=k>` (a one-letter class per kind of token, as
/// Pygments does) around coloured tokens: a chapter's code has about a thousand of them,
/// and `class="tok-kw"` for each added 7 KB to the longest chapter's first view.
enum SwiftHighlighter {
    /// The class of a token kind in pages: k keyword, t type, s string, e escape,
    /// i interpolation, n number, c comment, a attribute, f function; nil for plain text.
    /// The class of keywords, which the API reference's declarations use too.
    static let keywordClass = "k"

    static func cssClass(_ kind: SwiftToken.Kind) -> String? {
        switch kind {
        case .plain: return nil
        case .keyword: return keywordClass
        case .type: return "t"
        case .string: return "s"
        case .escape: return "e"
        case .interpolation: return "i"
        case .number: return "n"
        case .comment: return "c"
        case .attribute: return "a"
        case .function: return "f"
        }
    }

    /// - Parameter links: names (types, functions) to link, with their reference pages.
    static func html(_ source: String, links: [String: String] = [:]) -> String {
        let trimmed = source.droppingFinalNewline
        var out = ""
        out.reserveCapacity(trimmed.utf8.count * 2)
        for token in SwiftTokenizer.tokenize(trimmed) {
            guard let cssClass = cssClass(token.kind) else {
                out += HTML.text(token.text)
                continue
            }
            if (token.kind == .type || token.kind == .function), let url = links[token.text] {
                out += "<a class=\"" + cssClass + " api-link\" href=\"" + ReferencePages.href(url) + "\">"
                out += HTML.text(token.text) + "</a>"
            } else {
                out += "<span class=" + cssClass + ">" + HTML.text(token.text) + "</span>"
            }
        }
        return out
    }
}
