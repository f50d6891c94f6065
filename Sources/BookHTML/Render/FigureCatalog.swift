import BookCore
import Foundation

/// Every figure of the book, numbered, so that a page can link to a figure on another page.
///
/// Figures are numbered per chapter, `N.k`: N is the chapter number and k counts the chapter's
/// figures from 1 in order of appearance (the front page's figures are just `k`).
struct FigureCatalog: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        /// `fig-<name>`, the element id and the cross-reference label.
        var label: String
        /// `3.2`
        var number: String
        /// Page that shows the figure, for example `03-coffee.html`.
        var page: String
        var figure: FigureOutput
        var cell: Cell
        var caption: String?
        var alt: String?
        /// For an explorable figure, each frame's alt text (`alt` is the first shown frame's).
        var frameAlts: [String] = []
    }

    private(set) var entries: [Entry] = []
    private var byLabel: [String: Int] = [:]
    /// Entry indices by page, then cell index, then figure index within the cell.
    private var byCell: [String: [Int: [Int]]] = [:]
    /// Missing alt text and duplicate figure names.
    private(set) var diagnostics: [Diagnostic] = []

    init(pages: [Chapter], isFrontPage: (Chapter) -> Bool, results: [String: ChapterResult]) {
        for chapter in pages {
            guard let result = results[chapter.slug] else { continue }
            var k = 0
            for cell in chapter.cells where cell.options.eval && cell.index < result.cells.count {
                for figure in result.cells[cell.index].figures {
                    k += 1
                    let number = isFrontPage(chapter) ? "\(k)" : "\(chapter.number).\(k)"
                    let page = isFrontPage(chapter) ? "index.html" : chapter.pageName
                    var entry = Entry(label: "fig-" + figure.name, number: number, page: page,
                                      figure: figure, cell: cell,
                                      caption: nonEmpty(figure.caption ?? cell.options.figCap),
                                      alt: nonEmpty(figure.alt ?? cell.options.figAlt))
                    if let explorable = figure.explorable {
                        entry.frameAlts = frameAlts(explorable, template: cell.options.figAlt,
                                                    at: cell.fence)
                        let initial = explorable.initialFrame
                        if entry.frameAlts.indices.contains(initial) {
                            entry.alt = nonEmpty(entry.frameAlts[initial])
                        }
                    }
                    add(entry)
                }
            }
        }
    }

    func entry(label: String) -> Entry? {
        byLabel[label].map { entries[$0] }
    }

    /// The figures a cell showed, in order, as numbered entries.
    func entries(page: String, cell: Int) -> [Entry] {
        (byCell[page]?[cell] ?? []).map { entries[$0] }
    }

    /// Each frame's alt text: the one `explore` gave, or the cell's `fig-alt` with every
    /// `{slider name}` replaced by that frame's value.
    private mutating func frameAlts(_ explorable: ExplorableFigure, template: String?,
                                    at fence: SourceLocation) -> [String] {
        if let template, explorable.frames.contains(where: { $0.alt == nil }) {
            let names = Set(explorable.controls.map(\.name))
            for match in Self.placeholders(in: template) where !names.contains(match) {
                let known = explorable.controls.map { "{\($0.name)}" }.joined(separator: ", ")
                diagnostics.append(.error("fig-alt names {\(match)}, which is not one of this "
                                          + "explorable figure's sliders: use \(known)", at: fence))
            }
        }
        return explorable.frames.indices.map { index in
            if let own = explorable.frames[index].alt { return own }
            var text = template ?? ""
            for (control, position) in zip(explorable.controls, explorable.positions(ofFrame: index)) {
                text = text.replacingOccurrences(of: "{\(control.name)}", with: control.labels[position])
            }
            return text
        }
    }

    /// The names inside `{…}` in an alt text template.
    private static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"),
              let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private mutating func add(_ entry: Entry) {
        if entry.alt == nil {
            diagnostics.append(.error(
                "figure '\(entry.figure.name)' has no alt text: add `//| fig-alt: …` to the cell",
                at: entry.cell.fence))
        }
        if let first = byLabel[entry.label] {
            diagnostics.append(.error(
                "figure name '\(entry.figure.name)' is used twice; the first is at "
                    + "\(entries[first].cell.fence): give each figure its own name",
                at: entry.cell.fence))
        } else {
            byLabel[entry.label] = entries.count
        }
        byCell[entry.page, default: [:]][entry.cell.index, default: []].append(entries.count)
        entries.append(entry)
    }
}

private func nonEmpty(_ text: String?) -> String? {
    guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
    return text
}

extension FigureCatalog {
    /// What rendering one page reads from the catalog: the page's own figures whole, and each
    /// figure's label, number and page (for cross-references and their suggestions). Two
    /// pages' views differ only where the page would: a prose edit that moves another
    /// chapter's cells down changes that chapter's entries, not this view.
    struct PageView: Equatable {
        struct Reference: Equatable {
            var label: String, number: String, page: String
        }
        var own: [Entry]
        var references: [Reference]
    }

    func view(forPage page: String) -> PageView {
        PageView(own: entries.filter { $0.page == page },
                 references: entries.map { PageView.Reference(label: $0.label, number: $0.number, page: $0.page) })
    }

    /// A short list of the book's figure labels for an error message, the closest to `label`
    /// first.
    func knownLabels(near label: String, limit: Int = 5) -> String {
        guard !entries.isEmpty else { return "this book has no figures" }
        var seen = Set<String>()
        let labels = entries.map(\.label).filter { seen.insert($0).inserted }
        let ranked = labels.enumerated()
            .map { (distance: editDistance(label, $0.element), order: $0.offset, label: $0.element) }
            .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
        var list = ranked.prefix(limit).map { "@" + $0.label }.joined(separator: ", ")
        if labels.count > limit { list += ", … (\(labels.count - limit) more)" }
        return "figures in this book: " + list
    }
}
