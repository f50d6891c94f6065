import BookCore

/// How Markdown heading levels map to the page's: the page title is the only h1, so the
/// highest heading level a chapter uses becomes h2 and the others keep their distance below it
/// (`#`/`##` become h2/h3, and a chapter that starts at `##` keeps h2). No level is skipped or
/// merged.
enum HeadingLevels {
    /// What to add to every Markdown heading level of `blocks`.
    static func shift(for blocks: [Block]) -> Int {
        let levels = blocks.compactMap { block -> Int? in
            if case .heading(let level, _, _) = block.kind { return level }
            return nil
        }
        return 2 - (levels.min() ?? 2)
    }
}
