import BookCore

extension PageRenderer {
    /// Inline content as HTML.
    mutating func inlines(_ content: [Inline]) -> String {
        var out = ""
        for inline in content {
            render(inline, into: &out)
        }
        return out
    }

    private mutating func render(_ inline: Inline, into out: inout String) {
        switch inline {
        case .text(let text):
            out += HTML.text(text)
        case .code(let code):
            out += "<code>" + HTML.text(code) + "</code>"
        case .emphasis(let content):
            out += "<em>" + inlines(content) + "</em>"
        case .strong(let content):
            out += "<strong>" + inlines(content) + "</strong>"
        case .strikethrough(let content):
            out += "<del>" + inlines(content) + "</del>"
        case .link(let url, let title, let content):
            out += "<a href=\"" + HTML.attribute(linkTarget(url)) + "\""
            if !title.isEmpty { out += " title=\"" + HTML.attribute(title) + "\"" }
            out += ">" + inlines(content) + "</a>"
        case .image(let url, let title, let alt):
            out += "<img src=\"" + HTML.attribute(imageSource(url)) + "\" alt=\""
            out += HTML.attribute(alt.plainText) + "\""
            if !title.isEmpty { out += " title=\"" + HTML.attribute(title) + "\"" }
            out += " loading=\"lazy\">"
        case .html(let raw):
            out += raw
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .math(let tex):
            noteMath()
            out += "<span class=\"math inline\">" + HTML.text(tex) + "</span>"
        case .inlineValue(let index):
            out += inlineValue(index)
        case .crossReference(let label, let location):
            out += crossReference(label, at: location)
        }
    }

    private func inlineValue(_ index: Int) -> String {
        if let values = result?.inlineValues, index < values.count {
            return "<span class=\"inline-value\">" + HTML.text(values[index]) + "</span>"
        }
        let code = index < chapter.inlineExpressions.count
            ? chapter.inlineExpressions[index].code : "?"
        return "<code class=\"inline-value missing\">" + HTML.text(code) + "</code>"
    }

    private mutating func crossReference(_ label: String, at location: SourceLocation) -> String {
        if let entry = catalog.entry(label: label) {
            let target = entry.page == page ? "" : entry.page
            return "<a class=\"xref\" href=\"" + HTML.attribute(target + "#" + label) + "\">Figure "
                + entry.number + "</a>"
        }
        report(.error("unknown cross-reference '@\(label)'; " + catalog.knownLabels(near: label),
                      at: location))
        return "<span class=\"xref missing\">@" + HTML.text(label) + "</span>"
    }

    /// Links to another chapter's Markdown file go to its page instead. A link to a page or
    /// chapter the book does not have is reported, since the browser would show an error page.
    private mutating func linkTarget(_ url: String) -> String {
        guard Self.isLocal(url) else { return url }
        let (path, fragment) = Self.splitFragment(url)
        let isMarkdown = path.hasSuffix(".md")
        guard isMarkdown || path.hasSuffix(".html") else { return url }
        let name = String(path.split(separator: "/").last ?? "")
        let slug = String(name.dropLast(isMarkdown ? 3 : 5))
        guard slugs.contains(slug) || slug == "index" else {
            report(.warning("link to '\(url)' points to no page of this book", at: currentLocation))
            return url
        }
        return isMarkdown ? slug + ".html" + fragment : url
    }

    /// A local image next to the chapter is copied to the same relative path in the site, so
    /// the page's relative link keeps working.
    private mutating func imageSource(_ url: String) -> String {
        guard Self.isLocal(url), !url.isEmpty else { return url }
        let (path, _) = Self.splitFragment(url)
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else { return url }
        let chapterFolder = chapter.path.split(separator: "/").dropLast().joined(separator: "/")
        let source = [bookRoot, chapterFolder, path].filter { !$0.isEmpty }.joined(separator: "/")
        if FileSystem.isFile(source) {
            need(SiteFile(path: parts.joined(separator: "/"), contents: .copy(from: source)))
        } else {
            report(.warning("image '\(url)' not found at \(source)", at: currentLocation))
        }
        return url
    }

    private static func isLocal(_ url: String) -> Bool {
        !url.hasPrefix("#") && !url.hasPrefix("//") && !url.contains(":")
    }

    private static func splitFragment(_ url: String) -> (String, String) {
        guard let hash = url.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (url, "") }
        return (String(url[..<hash]), String(url[hash...]))
    }
}
