import BookCore

/// `print.html`: every chapter on one page, in order, for printing and for `glia pdf`
/// (mdBook and Jupyter Book offer the same).
///
/// Chapters are pasted in as rendered, so their ids would collide (every chapter has a
/// "takeaway"); each chapter's ids get its slug as a prefix (`05-relu--takeaway`), and links
/// between chapters become links within the page.
struct PrintPage {
    /// A chapter's rendered body, with its page and title.
    struct Chapter: Equatable {
        var page: String
        var number: Int
        var title: String
        var body: String
    }

    static let page = "print.html"

    let chapters: [Chapter]

    /// The chapters' pages, which links become links within this page.
    var pages: Set<String> { Set(chapters.map(\.page)) }

    var body: String {
        Self.body(chapters, sections: chapters.map { Self.section($0, pages: pages) })
    }

    /// A contents list, as a printed book has, then `sections`: each chapter's `section`.
    static func body(_ chapters: [Chapter], sections: [String]) -> String {
        var out = "<nav class=\"print-contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
        for chapter in chapters {
            out += "<li><a href=\"#" + HTML.attribute(String(chapter.page.dropLast(".html".count)))
                + "\">" + HTML.text(chapter.title) + "</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        return out + sections.joined()
    }

    /// One chapter's part of the page: its title and its body with ids made unique. It depends
    /// on the chapter and on `pages` only, so glia serve makes again only the edited chapter's.
    static func section(_ chapter: Chapter, pages: Set<String>) -> String {
        let slug = String(chapter.page.dropLast(".html".count))
        return "<section class=\"print-chapter\" id=\"" + HTML.attribute(slug) + "\" aria-labelledby=\""
            + HTML.attribute(slug + "--title") + "\">\n"
            + "<h2 class=\"print-chapter-title\" id=\"" + HTML.attribute(slug + "--title") + "\">"
            + "<span class=\"chapter-label\">Chapter \(chapter.number)</span> "
            + HTML.text(chapter.title) + "</h2>\n"
            + localized(chapter.body, slug: slug, pages: pages)
            + "</section>\n"
    }

    /// `html` with every id (and every attribute naming one) prefixed by `slug`, and links to
    /// the book's chapter pages turned into links within this page.
    static func localized(_ html: String, slug: String, pages: Set<String>) -> String {
        // Bytes, not String searches: Foundation's range(of:) took most of a second on the
        // whole book.
        let attributes = [" id=\"", " for=\"", " href=\"", " aria-labelledby=\"", " aria-controls=\""]
            .map { Array($0.utf8) }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: " "),
                  let name = attributes.first(where: { name in
                      index + name.count <= bytes.count
                          && bytes[index..<index + name.count].elementsEqual(name)
                  }),
                  let close = bytes[(index + name.count)...].firstIndex(of: UInt8(ascii: "\""))
            else {
                out.append(bytes[index])
                index += 1
                continue
            }
            out += name
            let value = String(decoding: bytes[(index + name.count)..<close], as: UTF8.self)
            let rewritten = name == attributes[2] ? link(value, slug: slug, pages: pages)
                : value.split(separator: " ").map { slug + "--" + $0 }.joined(separator: " ")
            out += Array(rewritten.utf8)
            index = close
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `#x` → `#slug--x`; `05-relu.html#x` → `#05-relu--x`; `05-relu.html` → `#05-relu`;
    /// anything else (figures, other sites) unchanged.
    private static func link(_ href: String, slug: String, pages: Set<String>) -> String {
        if href.hasPrefix("#") { return "#" + slug + "--" + href.dropFirst() }
        let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
        guard let page = parts.first, pages.contains(page) else { return href }
        let target = String(page.dropLast(".html".count))
        return parts.count == 2 ? "#" + target + "--" + parts[1] : "#" + target
    }
}
