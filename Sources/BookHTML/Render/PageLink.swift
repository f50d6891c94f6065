/// A page as the navigation shows it.
struct PageLink: Sendable, Equatable {
    /// `03-coffee.html`
    var page: String
    /// Chapter number, or nil for the front page.
    var number: Int?
    var title: String
    /// The chapter's `description` front matter, shown in the front page's contents.
    var summary: String? = nil

    /// "3. Coffee roasting", or the title alone for the front page.
    var label: String {
        number.map { "\($0). \(title)" } ?? title
    }
}
