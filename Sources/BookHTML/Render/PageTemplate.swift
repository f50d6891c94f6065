import BookCore
import Foundation

/// The page frame as an HTML file with `{{name}}` slots (`Theme/page.html`), which a book may
/// replace with its own `theme/page.html`, as mdBook's `index.hbs`: to add a footer, an
/// analytics snippet or another header. glia fills the slots with the parts it generates.
struct PageTemplate: Sendable, Equatable {
    /// The slots glia fills, with what each holds (for error messages).
    static let slots: [(name: String, holds: String)] = [
        ("lang", "the page's language"), ("head", "title, description, icons and stylesheets"),
        ("top-bar", "the phone header"), ("sidebar", "chapter list and search"),
        ("page-header", "the page's title"), ("contents", "the 'On this page' list"),
        ("body", "the page itself"), ("pager", "previous and next links"),
        ("scripts", "glia's scripts"),
    ]

    static let file = "page.html"
    static let builtIn = PageTemplate(text: String(decoding: PackageResources.page_html, as: UTF8.self))

    /// The template's text around the slots: literal, slot, literal, slot, …, literal.
    private let pieces: [Piece]

    private enum Piece: Sendable, Equatable {
        case text(String)
        case slot(String)
    }

    private init(text: String) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            pieces.append(.text(String(rest[..<open.lowerBound])))
            pieces.append(.slot(String(rest[open.upperBound..<close.lowerBound])
                .trimmingCharacters(in: .whitespaces)))
            rest = rest[close.upperBound...]
        }
        pieces.append(.text(String(rest)))
        self.pieces = pieces
    }

    /// A book's template, checked: every slot must be one glia fills, and `{{body}}` must be
    /// there. Problems are errors at the slot's line in `displayPath`.
    static func load(_ text: String, displayPath: String) -> (PageTemplate?, [Diagnostic]) {
        let template = PageTemplate(text: text)
        var problems: [Diagnostic] = []
        var line = 1
        var names: [String] = []
        for piece in template.pieces {
            switch piece {
            case .text(let text): line += text.filter { $0 == "\n" }.count
            case .slot(let name):
                names.append(name)
                guard !slots.contains(where: { $0.name == name }) else { continue }
                let near = likelyTypo(of: name, among: slots.map(\.name))
                problems.append(.error("unknown slot '{{\(name)}}'" + (near.map { ": did you mean '{{\($0)}}'?" } ?? "")
                                       + " (glia fills " + slots.map { "{{\($0.name)}} (\($0.holds))" }
                                           .joined(separator: ", ") + ")",
                                       at: SourceLocation(file: displayPath, line: line)))
            }
        }
        if !names.contains("body") {
            problems.append(.error("the page template has no {{body}} slot, so pages would be empty: "
                                   + "add {{body}} where the page's content goes",
                                   at: SourceLocation(file: displayPath, line: 1)))
        }
        return (problems.isEmpty ? template : nil, problems)
    }

    /// The page: the template with each slot replaced by `values[slot]` (empty when absent).
    func fill(_ values: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(values.values.reduce(4096) { $0 + $1.utf8.count })
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .slot(let name): out += values[name] ?? ""
            }
        }
        return out
    }
}
