import BookCore

/// Every figure of the book, numbered, so that a page can link to a figure on another page.
///
/// Figures are numbered per chapter, `N.k`: N is the chapter number and k counts the chapter's
/// figures from 1 in order of appearance (the front page's figures are just `k`).
struct FigureCatalog: Sendable {
    struct Entry: Sendable {
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
                    add(Entry(label: "fig-" + figure.name, number: number, page: page,
                              figure: figure, cell: cell,
                              caption: nonEmpty(figure.caption ?? cell.options.figCap),
                              alt: nonEmpty(figure.alt ?? cell.options.figAlt)))
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
