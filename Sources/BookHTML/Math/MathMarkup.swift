import BookCore

/// One formula of a page, and where it is written.
struct MathFormula: Sendable {
    var tex: String
    var display: Bool
    var location: SourceLocation

    struct Key: Hashable, Sendable {
        var tex: String
        var display: Bool
    }

    var key: Key { Key(tex: tex, display: display) }
}

/// How a formula is written into a page: its TeX in an element that glia.js renders with
/// KaTeX in the browser, or, when the build rendered it, KaTeX's HTML in its place.
enum MathMarkup {
    static func inline(_ tex: String) -> String {
        "<span class=\"math inline\">" + HTML.text(tex) + "</span>"
    }

    /// Focusable: a wide formula scrolls sideways on a phone, also by keyboard.
    static func display(_ tex: String) -> String {
        "<div class=\"math display\" tabindex=\"0\">" + HTML.text(tex) + "</div>"
    }

    /// `html` with each of the page's `formulas` that `rendered` holds replaced by KaTeX's
    /// output (marked `rendered`, so the page's script leaves it alone). One pass over the
    /// page: the escaped TeX inside each math element holds no `<`, so the element ends at
    /// the first closing tag.
    static func substitute(_ formulas: [MathFormula], from rendered: [MathFormula.Key: String],
                           in html: String) -> String {
        var byWritten: [String: String] = [:]
        for key in formulas.map(\.key) {
            guard let katex = rendered[key] else { continue }
            byWritten[key.display ? display(key.tex) : inline(key.tex)] = key.display
                ? "<div class=\"math display rendered\" tabindex=\"0\">" + katex + "</div>"
                : "<span class=\"math inline rendered\">" + katex + "</span>"
        }
        guard !byWritten.isEmpty else { return html }
        // Bytes, not String searches: Foundation's range(of:) made this the slowest part of
        // a no-op build.
        let openings: [(open: [UInt8], close: [UInt8])] = [
            (Array("<span class=\"math inline\">".utf8), Array("</span>".utf8)),
            (Array("<div class=\"math display\" tabindex=\"0\">".utf8), Array("</div>".utf8)),
        ]
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count
                && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        var index = 0, copied = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"),
                  let kind = openings.first(where: { matches($0.open, at: index) }) else {
                index += 1
                continue
            }
            var end = index + kind.open.count
            while end < bytes.count && !matches(kind.close, at: end) { end += 1 }
            guard end < bytes.count else { break }
            end += kind.close.count
            let element = String(decoding: bytes[index..<end], as: UTF8.self)
            if let replacement = byWritten[element] {
                out += bytes[copied..<index]
                out += Array(replacement.utf8)
                copied = end
            }
            index = end
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }
}
