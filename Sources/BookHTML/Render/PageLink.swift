/// A page as the navigation shows it.
struct PageLink: Sendable, Equatable {
    /// `03-coffee.html`
    var page: String
    /// Chapter number, or nil for the front page.
    var number: Int?
    var title: String
    /// The chapter's `description` front matter, shown in the front page's contents.
    var summary: String? = nil
    /// About how long the chapter's prose takes to read, shown in the front page's contents.
    var readingMinutes: Int? = nil

    /// Minutes for `words` of prose at 200 words a minute (a common figure for careful reading
    /// of technical text), at least 1. Code, figures and exercises take longer; this is prose.
    static func readingMinutes(words: Int) -> Int {
        max(1, Int((Double(words) / 200).rounded(.up)))
    }

    /// "3. Coffee roasting", or the title alone for the front page.
    var label: String {
        number.map { "\($0). \(title)" } ?? title
    }
}
