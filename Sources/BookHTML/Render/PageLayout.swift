import BookCore

/// The frame around a page's content: head, sidebar with the chapter list and search, the
/// "On this page" list, previous/next links. Every URL is relative, so the site works when
/// opened from disk.
struct PageLayout: Equatable {
    var bookTitle: String
    /// Front page first, then the chapters in order.
    var pages: [PageLink]
    var current: PageLink
    var description: String?
    var headings: [PageRenderer.Heading]
    /// Load KaTeX on this page.
    var math: Bool
    /// Load KaTeX's script too: some formula was not rendered at build time.
    var mathScript = true
    /// Link the book's `theme/custom.css` after glia's stylesheet.
    var customStylesheet = false
    /// `lang`, `site-url`, `edit-url`, `favicon`.
    var settings = BookSettings()
    /// The page's Markdown file, for "Edit this page".
    var sourcePath: String?
    /// The page's first figure (a site path), for link previews.
    var previewImage: String?
    /// The site path of the favicon, when the book has one.
    var faviconPath: String?
    /// The site has API reference pages, linked below the chapters.
    var hasReference = false

    /// The frame the parts are filled into (`Theme/page.html`, or the book's own).
    var template = PageTemplate.builtIn

    func html(body: String) -> String {
        var head = "", topBar = "", sidebar = ""
        self.head(into: &head)
        self.topBar(into: &topBar)
        self.sidebar(into: &sidebar)
        var pageHeader = "<header class=\"page-header\">\n"
        if let number = current.number {
            pageHeader += "<p class=\"chapter-label\">Chapter \(number)</p>\n"
        }
        pageHeader += "<h1>" + HTML.text(current.title) + "</h1>\n</header>"
        var contents = ""
        if TableOfContents.isWorthShowing(headings, bodyLength: body.utf8.count) {
            contents = "<aside class=\"toc-column\">\n" + TableOfContents.html(headings) + "</aside>"
        }
        var pager = ""
        self.pager(into: &pager)
        var scripts = ""
        if math && mathScript { scripts += "<script defer src=\"assets/katex/katex.min.js\"></script>\n" }
        // glia.js loads search.js when the reader first reaches for the search box.
        scripts += "<script defer src=\"assets/glia.js\"></script>"
        func line(_ part: String) -> String { part.droppingFinalNewline }
        return template.fill([
            "lang": HTML.attribute(settings.language), "head": line(head), "top-bar": line(topBar),
            "sidebar": line(sidebar), "page-header": pageHeader, "contents": contents,
            "body": line(body + editLink), "pager": line(pager), "scripts": scripts,
        ])
    }

    /// Inside `<head>`, after the fixed meta tags of the template.
    private func head(into out: inout String) {
        let title = current.number == nil && current.title == bookTitle
            ? bookTitle : current.title + " · " + bookTitle
        if let description, !description.isEmpty {
            out += "<meta name=\"description\" content=\"" + HTML.attribute(description) + "\">\n"
        }
        out += "<title>" + HTML.text(title) + "</title>\n"
        linkPreview(title: title, into: &out)
        if let faviconPath { out += "<link rel=\"icon\" href=\"" + HTML.path(faviconPath) + "\">\n" }
        // Runs before the first paint, so a remembered theme never flashes the other one.
        out += "<script>(function(){var d=document.documentElement;d.classList.add('js');"
        out += "try{var t=localStorage.getItem('glia-theme');"
        out += "if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();"
        out += "</script>\n"
        if math { out += "<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">\n" }
        out += "<link rel=\"stylesheet\" href=\"assets/glia.css\">\n"
        if customStylesheet { out += "<link rel=\"stylesheet\" href=\"assets/custom.css\">\n" }
    }

    private func topBar(into out: inout String) {
        out += "<header class=\"top-bar\">\n"
        out += "<button type=\"button\" class=\"icon-button menu-button\" "
        out += "aria-controls=\"glia-sidebar\" aria-expanded=\"false\" aria-label=\"Chapters\">"
        out += Icons.menu + "</button>\n"
        out += "<a class=\"top-title\" href=\"index.html\">" + HTML.text(bookTitle) + "</a>\n"
        out += themeButton + "</header>\n"
    }

    private var themeButton: String {
        "<button type=\"button\" class=\"icon-button theme-button\" data-theme-toggle "
            + "aria-label=\"Switch between light and dark theme\">"
            + "<span class=\"when-light\">" + Icons.moon + "</span>"
            + "<span class=\"when-dark\">" + Icons.sun + "</span></button>\n"
    }

    private func sidebar(into out: inout String) {
        out += "<nav id=\"glia-sidebar\" class=\"sidebar\" aria-label=\"Chapters\">\n"
        out += "<div class=\"sidebar-head\">\n<a class=\"book-title\" href=\"index.html\""
        if current.number == nil && current.title == bookTitle { out += " aria-current=\"page\"" }
        out += ">"
        out += HTML.text(bookTitle) + "</a>\n" + themeButton + "</div>\n"
        out += SearchBox.html
        out += "<ol class=\"chapter-nav\">\n"
        // A generated front page is already linked by the book title above.
        for page in pages where page.number != nil || page.title != bookTitle {
            out += "<li><a href=\"" + HTML.path(page.page) + "\""
            if page.page == current.page { out += " aria-current=\"page\"" }
            out += ">"
            if let number = page.number { out += "<span class=\"chapter-number\">\(number)</span>" }
            out += "<span class=\"chapter-title\">" + HTML.text(page.title) + "</span></a></li>\n"
        }
        out += "</ol>\n"
        if hasReference {
            let current = self.current.page.hasPrefix("reference")
            out += "<p class=\"sidebar-reference\"><a href=\"" + ReferencePages.indexPage + "\""
                + (current ? " aria-current=\"page\"" : "") + ">API reference</a></p>\n"
        }
        out += "</nav>\n"
    }

    /// With a `site-url`: the canonical address and the Open Graph and Twitter card tags a
    /// link preview shows (title, description, the page's first figure).
    private func linkPreview(title: String, into out: inout String) {
        guard let url = settings.absoluteURL(current.page) else { return }
        out += "<link rel=\"canonical\" href=\"" + HTML.url(url) + "\">\n"
        out += "<meta property=\"og:type\" content=\"" + (current.number == nil ? "website" : "article") + "\">\n"
        out += "<meta property=\"og:url\" content=\"" + HTML.url(url) + "\">\n"
        out += "<meta property=\"og:title\" content=\"" + HTML.attribute(title) + "\">\n"
        if let description, !description.isEmpty {
            out += "<meta property=\"og:description\" content=\"" + HTML.attribute(description) + "\">\n"
        }
        let image = previewImage.flatMap { settings.absoluteURL(HTML.path($0)) }
        if let image { out += "<meta property=\"og:image\" content=\"" + HTML.url(image) + "\">\n" }
        out += "<meta name=\"twitter:card\" content=\"" + (image == nil ? "summary" : "summary_large_image") + "\">\n"
    }

    /// "Edit this page", with an `edit-url` and a page made from a Markdown file.
    private var editLink: String {
        guard let template = settings.editURL, let sourcePath else { return "" }
        let url = template.replacingOccurrences(of: "{path}", with: sourcePath)
        return "<p class=\"edit-link\"><a href=\"" + HTML.url(url) + "\">Edit this page</a></p>\n"
    }

    private func pager(into out: inout String) {
        guard let position = pages.firstIndex(of: current) else { return }
        let previous = position > 0 ? pages[position - 1] : nil
        let next = position + 1 < pages.count ? pages[position + 1] : nil
        guard previous != nil || next != nil else { return }
        out += "<nav class=\"pager\" aria-label=\"Previous and next chapter\">\n"
        if let previous {
            out += "<a class=\"pager-previous\" rel=\"prev\" href=\"" + HTML.path(previous.page)
            out += "\"><span class=\"pager-hint\">Previous</span><span class=\"pager-title\">"
            out += HTML.text(previous.label) + "</span></a>\n"
        }
        if let next {
            out += "<a class=\"pager-next\" rel=\"next\" href=\"" + HTML.path(next.page)
            out += "\"><span class=\"pager-hint\">Next</span><span class=\"pager-title\">"
            out += HTML.text(next.label) + "</span></a>\n"
        }
        out += "</nav>\n"
    }
}
