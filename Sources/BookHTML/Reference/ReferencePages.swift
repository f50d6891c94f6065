import BookCore
import CCMark
import Foundation

/// The API reference as pages of the book's site: `reference.html` lists every library's
/// types, each type has a page with its declaration, documentation and members, and each
/// library's functions and extensions have one more. Types in declarations link to their
/// pages, and `links` lets highlighted chapter code link names to their entries.
struct ReferencePages {
    static let indexPage = "reference.html"

    /// A page to frame: its file, title and body, and what search finds on it.
    struct Page: Codable, Sendable {
        var page: String
        var title: String
        var body: String
        var search: [SearchEntry]
    }

    let reference: APIReference
    /// Every linkable symbol's URL (`page#anchor`), by the compiler's identifier.
    private var urls: [String: String] = [:]
    /// Names that highlighted code links: type names and free functions that only one
    /// library declares.
    private(set) var links: [String: String] = [:]

    init(_ reference: APIReference) {
        self.reference = reference
        var byName: [String: [String]] = [:]
        for module in reference.modules {
            for type in module.types {
                let page = Self.page(module.name, type.name)
                urls[type.precise] = page
                byName[type.name, default: []].append(page)
                for (member, anchor) in Self.anchored(type.members) { urls[member.precise] = page + "#" + anchor }
            }
            for (entry, anchor) in Self.anchored(module.others) {
                let url = Self.page(module.name, nil) + "#" + anchor
                urls[entry.precise] = url
                if entry.kind == "func" || entry.kind == "var" {
                    byName[String(entry.name.prefix { $0 != "(" }), default: []].append(url)
                }
            }
        }
        links = byName.compactMapValues { Set($0).count == 1 ? $0[0] : nil }
    }

    /// `url` (a page, maybe with `#anchor`) as an attribute value.
    static func href(_ url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return HTML.path(url) }
        return HTML.path(String(url[..<hash])) + "#" + HTML.attribute(String(url[url.index(after: hash)...]))
    }

    /// `reference-Neural-Sequential.html`, or `reference-Neural.html` for a module's own page.
    static func page(_ module: String, _ type: String?) -> String {
        "reference-" + module + (type.map { "-" + $0 } ?? "") + ".html"
    }

    /// Entries with unique anchors made from their names (`fit(_:epochs:)` → `fit-epochs`).
    private static func anchored(_ entries: [APIReference.Entry]) -> [(APIReference.Entry, String)] {
        var used: [String: Int] = [:]
        return entries.map { entry in
            let words = entry.name.lowercased().split { !($0.isLetter || $0.isNumber) }
            var anchor = words.isEmpty ? "operator" : words.joined(separator: "-")
            used[anchor, default: 0] += 1
            if let count = used[anchor], count > 1 { anchor += "-\(count)" }
            return (entry, anchor)
        }
    }

    func pages() -> [Page] {
        var pages = [indexPage()]
        for module in reference.modules {
            for type in module.types { pages.append(typePage(type, module: module.name)) }
            if !module.others.isEmpty { pages.append(modulePage(module)) }
        }
        return pages
    }

    private func indexPage() -> Page {
        var body = "<p>Every public type and function chapter code can use. Chapters import all of them "
            + "through <code>NotebookRuntime</code>; names in the book's code link here.</p>\n"
        for module in reference.modules {
            body += "<h2 id=\"" + HTML.attribute(module.name.lowercased()) + "\">" + HTML.text(module.name) + "</h2>\n"
            body += "<dl class=\"api-list\">\n"
            for type in module.types {
                body += "<dt><a href=\"" + HTML.path(Self.page(module.name, type.name)) + "\"><code>"
                    + HTML.text(type.name) + "</code></a></dt><dd>" + inline(type.summary) + "</dd>\n"
            }
            if !module.others.isEmpty {
                body += "<dt><a href=\"" + HTML.path(Self.page(module.name, nil)) + "\">Functions and "
                    + "extensions</a></dt><dd>" + HTML.text(module.others.map(\.name).prefix(6)
                        .joined(separator: ", ") + (module.others.count > 6 ? ", …" : "")) + "</dd>\n"
            }
            body += "</dl>\n"
        }
        return Page(page: Self.indexPage, title: "API reference", body: body, search: [])
    }

    private func typePage(_ type: APIReference.Entry, module: String) -> Page {
        let page = Self.page(module, type.name)
        var body = "<p class=\"api-kind\">" + HTML.text(type.kindName) + " in <a href=\""
            + HTML.path(Self.indexPage) + "#" + HTML.attribute(module.lowercased()) + "\">"
            + HTML.text(module) + "</a></p>\n"
        body += declaration(type) + documentation(type)
        body += members(Self.anchored(type.members))
        let text = SearchText.collapse(type.summary + " " + type.members.map(\.name).joined(separator: " "))
        return Page(page: page, title: type.name, body: body,
                    search: [SearchEntry(url: page, title: type.name, page: "API reference: \(module)", text: text)])
    }

    private func modulePage(_ module: APIReference.Module) -> Page {
        let page = Self.page(module.name, nil)
        let body = "<p class=\"api-kind\">Functions, variables and extensions of standard types in "
            + HTML.text(module.name) + "</p>\n" + members(Self.anchored(module.others))
        let search = Self.anchored(module.others).map { entry, anchor in
            SearchEntry(url: page + "#" + anchor, title: entry.name, page: "API reference: \(module.name)",
                        text: SearchText.collapse(entry.summary))
        }
        return Page(page: page, title: "\(module.name) functions", body: body, search: search)
    }

    /// Members grouped by kind, each with its declaration and documentation.
    private func members(_ entries: [(APIReference.Entry, String)]) -> String {
        var out = ""
        var heading = ""
        let order = entries.indices.sorted {
            let (a, b) = (Self.groupRank(entries[$0].0), Self.groupRank(entries[$1].0))
            return a != b ? a < b : $0 < $1
        }
        for (entry, anchor) in order.map({ entries[$0] }) {
            let group = Self.group(entry)
            if group != heading {
                out += "<h2>" + HTML.text(group) + "</h2>\n"
                heading = group
            }
            out += "<section class=\"api-member\" id=\"" + HTML.attribute(anchor) + "\">\n<h3><code>"
                + HTML.text((entry.extendedType.map { $0 + "." } ?? "") + entry.name) + "</code></h3>\n"
            out += declaration(entry) + documentation(entry) + "</section>\n"
        }
        return out
    }

    private static func group(_ entry: APIReference.Entry) -> String {
        if let type = entry.extendedType { return "Extensions of \(type)" }
        switch entry.kind {
        case "init": return "Initializers"
        case "enum.case": return "Cases"
        case "property", "type.property", "var": return "Properties"
        case "method", "type.method", "func": return "Functions and methods"
        case "func.op": return "Operators"
        default: return "Nested types and others"
        }
    }

    /// Where a group comes on a page: initialisers first, extensions of standard types last.
    private static func groupRank(_ entry: APIReference.Entry) -> Int {
        ["Initializers", "Cases", "Properties", "Functions and methods", "Operators",
         "Nested types and others"].firstIndex(of: group(entry)) ?? 6
    }

    private func declaration(_ entry: APIReference.Entry) -> String {
        var out = "<pre class=\"api-declaration\"><code>"
        for fragment in entry.declaration {
            let text = HTML.text(fragment.spelling)
            if let target = fragment.target, let url = urls[target], target != entry.precise {
                out += "<a href=\"" + Self.href(url) + "\">" + text + "</a>"
            } else if fragment.kind == "keyword" || fragment.kind == "attribute" {
                // Coloured as keywords are in highlighted code.
                out += "<span class=" + SwiftHighlighter.keywordClass + ">" + text + "</span>"
            } else {
                out += text
            }
        }
        return out + "</code></pre>\n"
    }

    private func documentation(_ entry: APIReference.Entry) -> String {
        guard !entry.documentation.isEmpty else { return "" }
        return "<div class=\"api-doc\">\n" + Self.markdown(entry.documentation) + "</div>\n"
    }

    /// One paragraph of documentation as inline HTML (for lists).
    private func inline(_ text: String) -> String {
        let html = Self.markdown(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>") else { return html }
        return String(html.dropFirst(3).dropLast(4))
    }

    /// Documentation Markdown as HTML, by cmark-gfm (raw HTML in comments is dropped).
    static func markdown(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let rendered = cmark_markdown_to_html(bytes.map { CChar(bitPattern: $0) }, bytes.count,
                                                    CMARK_OPT_DEFAULT) else { return HTML.text(text) }
        defer { free(rendered) }
        // Examples scroll sideways on a phone, so they take keyboard focus as chapter code does.
        return String(cString: rendered).replacingOccurrences(of: "<pre>", with: "<pre class=\"code\" tabindex=\"0\">")
    }
}
