/// The "On this page" list, built from a page's h2 and h3 headings.
enum TableOfContents {
    /// Short pages get none: a list of one or two links only repeats what is on screen.
    static func isWorthShowing(_ headings: [PageRenderer.Heading], bodyLength: Int) -> Bool {
        let count = headings.filter { $0.level <= 3 }.count
        return count >= 3 || (count >= 2 && bodyLength > 4000)
    }

    static func html(_ headings: [PageRenderer.Heading]) -> String {
        var out = "<nav class=\"toc\" aria-label=\"On this page\">\n<details open>\n"
        out += "<summary>On this page</summary>\n<ul>\n"
        for heading in headings where heading.level <= 3 {
            out += "<li class=\"toc-h\(heading.level)\"><a href=\"#" + HTML.attribute(heading.id)
            out += "\">" + HTML.text(heading.text) + "</a></li>\n"
        }
        return out + "</ul>\n</details>\n</nav>\n"
    }
}
