/// One searchable section: the text under a heading (or a page's text before its first one).
struct SearchEntry: Sendable, Equatable, Codable {
    /// `03-coffee.html#hidden-units`, or the page alone for its opening section.
    var url: String
    /// The heading, or the page title for the opening section.
    var title: String
    /// The page's label, "3. Coffee roasting", shown under the result.
    var page: String
    /// The section's prose, whitespace collapsed.
    var text: String
}
