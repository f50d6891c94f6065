import BookCore

extension SiteRenderer {
    /// The front page when the book has no `chapters/index.md`: title, author, description and
    /// the list of chapters.
    func generatedFrontPage(_ links: [PageLink]) -> String {
        var body = ""
        if let author = book.author, !author.isEmpty {
            body += "<p class=\"book-author\">" + HTML.text(author) + "</p>\n"
        }
        if let description = book.description, !description.isEmpty {
            body += "<p class=\"book-description\">" + HTML.text(description) + "</p>\n"
        }
        body += contentsList(links)
        let layout = PageLayout(bookTitle: book.title, pages: links, current: links[0],
                                description: book.description, headings: [], math: false)
        return layout.html(body: body)
    }

    /// Every chapter with its number and title, for the front page.
    func contentsList(_ links: [PageLink]) -> String {
        var out = "<h2 id=\"book-contents\">Contents</h2>\n<ol class=\"contents\">\n"
        for link in links where link.number != nil {
            out += "<li><a href=\"" + HTML.attribute(link.page) + "\"><span class=\"chapter-number\">"
            out += "\(link.number ?? 0)</span><span class=\"chapter-title\">"
            out += HTML.text(link.title) + "</span>"
            if let summary = link.summary, !summary.isEmpty {
                out += "<span class=\"chapter-summary\">" + HTML.text(summary) + "</span>"
            }
            out += "</a></li>\n"
        }
        return out + "</ol>\n"
    }
}
