import BookCore

/// The plain prose of a page, section by section, as a reader would read it: inline values
/// show their values and cross-references their figure numbers. Code is left out.
struct SearchText {
    let chapter: Chapter
    let result: ChapterResult?
    let catalog: FigureCatalog

    func entries(blocks: [Block], page: PageLink) -> [SearchEntry] {
        var entries = [SearchEntry(url: HTML.path(page.page), title: page.title, page: page.label, text: "")]
        var words: [String] = []
        func flush() {
            entries[entries.count - 1].text = Self.collapse(words.joined(separator: " "))
            words.removeAll()
        }
        for block in blocks {
            if case .heading(_, let content, let id) = block.kind {
                flush()
                entries.append(SearchEntry(url: HTML.path(page.page) + "#" + HTML.path(id), title: plain(content),
                                           page: page.label, text: ""))
            } else {
                collect(block, into: &words)
            }
        }
        flush()
        return entries.enumerated()
            .filter { $0.offset == 0 || !$0.element.title.isEmpty }
            .map(\.element)
    }

    private func collect(_ block: Block, into words: inout [String]) {
        switch block.kind {
        case .paragraph(let content), .heading(_, let content, _):
            words.append(plain(content))
        case .blockQuote(let children), .footnoteDefinition(_, let children), .callout(_, let children):
            children.forEach { collect($0, into: &words) }
        case .list(_, _, _, let items):
            items.flatMap(\.blocks).forEach { collect($0, into: &words) }
        case .table(let table):
            words += (table.caption.map { [plain($0)] } ?? []) + table.header.map(plain)
            words += table.rows.joined().map(plain)
        case .code, .cell, .math, .equation, .html, .thematicBreak:
            break
        }
    }

    func plain(_ content: [Inline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let s), .code(let s), .math(let s): return s
            case .emphasis(let c), .strong(let c), .strikethrough(let c): return plain(c)
            case .link(_, _, let c), .image(_, _, let c): return plain(c)
            case .softBreak, .lineBreak: return " "
            case .html, .footnoteReference: return ""
            case .inlineValue(let index):
                guard let values = result?.inlineValues, index < values.count else { return "" }
                return values[index]
            case .crossReference(let label, _):
                return catalog.entry(label: label).map { "Figure " + $0.number } ?? ""
            }
        }.joined()
    }

    static func collapse(_ text: String) -> String {
        // Unicode scalars, not characters: splitting the book's prose into characters was most
        // of making its search index. (A white space scalar starts a character of its own,
        // except before a combining mark, which is kept here as text.)
        var out = String.UnicodeScalarView()
        var spaceBefore = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.value < 0x80
                ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isSpace {
                spaceBefore = !out.isEmpty
            } else {
                if spaceBefore { out.append(" ") }
                spaceBefore = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The number of words in `collapse`'s result: one more than its spaces.
    static func wordCount(ofCollapsed text: String) -> Int {
        text.isEmpty ? 0 : text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
    }
}
