import BookCore

/// Sections, equations and tables that carry a label, numbered per chapter as figures are, so
/// `@sec-…`, `@eq-…` and `@tbl-…` become links reading "Section 5.2", "Equation (5.1)" and
/// "Table 5.1", on the same page or across chapters.
///
/// Sections are numbered by their place among the chapter's headings (the highest level the
/// chapter uses is `N.1`, `N.2`, …, the next `N.2.1`); equations and captioned tables count
/// from 1 in each chapter.
struct NumberedLabels: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        /// The page that shows it.
        var page: String
        /// "5.2" or "(5.1)".
        var number: String
        /// "Section 5.2", "Equation (5.1)", "Table 5.1".
        var text: String
    }

    private(set) var entries: [String: Entry] = [:]
    /// Every chapter heading's number ("5.2"), labelled or not, by `page#id`, so headings show
    /// the numbers that "Section 5.2" refers to (the front page's are not numbered).
    private(set) var headingNumbers: [String: String] = [:]
    /// Labels used twice.
    private(set) var diagnostics: [Diagnostic] = []

    init() {}

    init(pages: [Chapter], pageName: (Chapter) -> String, isFrontPage: (Chapter) -> Bool) {
        for chapter in pages {
            let prefix = isFrontPage(chapter) ? "" : "\(chapter.number)."
            var blocks = chapter.blocks
            if case .heading(1, let content, _)? = blocks.first?.kind, content.plainText == chapter.title {
                blocks.removeFirst()
            }
            let levels = blocks.compactMap { block -> Int? in
                if case .heading(let level, _, _) = block.kind { return level }
                return nil
            }
            let top = levels.min() ?? 1
            var sections: [Int] = []
            var equations = 0, tables = 0
            func add(_ label: String, _ number: String, _ noun: String, at location: SourceLocation) {
                guard entries[label] == nil else {
                    diagnostics.append(.error("label '\(label)' is used twice: give each \(noun.lowercased()) "
                                              + "its own", at: location))
                    return
                }
                let shown = noun == "Equation" ? "(\(number))" : number
                entries[label] = Entry(page: pageName(chapter), number: shown, text: "\(noun) \(shown)")
            }
            func visit(_ blocks: [Block], topLevel: Bool) {
                for block in blocks {
                    switch block.kind {
                    case .heading(let level, _, let id) where topLevel:
                        let depth = max(0, level - top)
                        while sections.count <= depth { sections.append(0) }
                        sections[depth] += 1
                        sections.removeLast(sections.count - depth - 1)
                        if !isFrontPage(chapter) {
                            headingNumbers[pageName(chapter) + "#" + id] = prefix + sections.map(String.init)
                                .joined(separator: ".")
                        }
                        if id.hasPrefix("sec-") {
                            add(id, prefix + sections.map(String.init).joined(separator: "."), "Section",
                                at: block.location)
                        }
                    case .equation(_, let label):
                        equations += 1
                        add(label, prefix + "\(equations)", "Equation", at: block.location)
                    case .table(let table) where table.caption != nil:
                        tables += 1
                        if let label = table.label { add(label, prefix + "\(tables)", "Table", at: block.location) }
                    case .blockQuote(let children), .callout(_, let children), .footnoteDefinition(_, let children):
                        visit(children, topLevel: false)
                    case .list(_, _, _, let items):
                        items.forEach { visit($0.blocks, topLevel: false) }
                    default:
                        break
                    }
                }
            }
            visit(blocks, topLevel: true)
        }
    }

    /// A label of the same kind close enough to `label` to be what was meant.
    func closest(to label: String) -> String? {
        let kind = label.prefix { $0 != "-" }
        return likelyTypo(of: label, among: entries.keys.filter { $0.hasPrefix(kind + "-") })
    }
}
