/// Site-wide settings from `book.yml` that shape every page's frame.
public struct BookSettings: Sendable, Equatable {
    /// `lang:`, the pages' `<html lang>` (default `en`).
    public var language = "en"
    /// `site-url:`, where the site is published (`https://me.github.io/course/`): canonical
    /// links, `sitemap.xml`, and the Open Graph and Twitter card tags.
    public var siteURL: String?
    /// `edit-url:`, a link template with `{path}` (the chapter's file, `chapters/03-coffee.md`)
    /// for an "Edit this page" link.
    public var editURL: String?
    /// `favicon:`, an image file relative to the book root.
    public var favicon: String?
    /// `reference: false` leaves out the API reference pages and the links from code to them.
    public var reference = true
    /// `budgets:`, the page weights the build warns about.
    public var budgets = WeightBudgets()

    public init() {}

    /// `site-url` joined with a page, or nil without a site URL.
    public func absoluteURL(_ page: String) -> String? {
        guard let siteURL else { return nil }
        return (siteURL.hasSuffix("/") ? siteURL : siteURL + "/") + page
    }
}
