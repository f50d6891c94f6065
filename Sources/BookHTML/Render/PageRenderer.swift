import BookCore

/// Renders the Markdown blocks of one page (a chapter or the front page) to HTML, collecting
/// what the page needs (figure files, math) and the problems it finds.
struct PageRenderer {
    struct Heading: Sendable, Equatable {
        var level: Int
        var id: String
        var html: String
        var text: String
    }

    let chapter: Chapter
    /// The page's file name (`index.html` for the front page, else `Chapter.pageName`).
    let page: String
    let result: ChapterResult?
    let catalog: FigureCatalog
    /// Book root, to find images that chapters link to.
    let bookRoot: String
    /// Chapter slugs of the book, to turn links to `02-relu.md` into links to `02-relu.html`.
    let slugs: Set<String>

    private(set) var diagnostics: [Diagnostic] = []
    /// Files the page refers to and the site must contain (figures, local images).
    private(set) var files: [SiteFile] = []
    /// Where the first math on the page is, if any (KaTeX is only loaded on such pages).
    private(set) var firstMath: SourceLocation?
    /// Top-level headings, for the table of contents.
    private(set) var headings: [Heading] = []
    /// Location of the block being rendered, for diagnostics about inlines without one.
    private var location: SourceLocation

    init(chapter: Chapter, page: String, result: ChapterResult?, catalog: FigureCatalog,
         bookRoot: String, slugs: Set<String>) {
        self.chapter = chapter
        self.page = page
        self.result = result
        self.catalog = catalog
        self.bookRoot = bookRoot
        self.slugs = slugs
        self.location = SourceLocation(file: chapter.path, line: 1)
    }

    /// The page's content. A leading level-1 heading repeating the title is dropped, since the
    /// page header already shows the title.
    mutating func renderBody() -> String {
        var blocks = chapter.blocks
        if case .heading(1, let content, _)? = blocks.first?.kind,
           content.plainText == chapter.title {
            blocks.removeFirst()
        }
        var out = ""
        out.reserveCapacity(blocks.count * 256)
        for block in blocks {
            render(block, tight: false, topLevel: true, into: &out)
        }
        return out
    }

    mutating func render(_ blocks: [Block], tight: Bool, into out: inout String) {
        for block in blocks {
            render(block, tight: tight, topLevel: false, into: &out)
        }
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func need(_ file: SiteFile) {
        files.append(file)
    }

    mutating func noteMath() {
        if firstMath == nil { firstMath = location }
    }

    var currentLocation: SourceLocation { location }

    private mutating func render(_ block: Block, tight: Bool, topLevel: Bool,
                                 into out: inout String) {
        location = block.location
        switch block.kind {
        case .paragraph(let content):
            if tight {
                out += inlines(content)
                out += "\n"
            } else {
                out += "<p>" + inlines(content) + "</p>\n"
            }
        case .heading(let level, let content, let id):
            heading(level: level, content: content, id: id, topLevel: topLevel, into: &out)
        case .blockQuote(let children):
            out += "<blockquote>\n"
            render(children, tight: false, into: &out)
            out += "</blockquote>\n"
        case .list(let ordered, let start, let tight, let items):
            list(ordered: ordered, start: start, tight: tight, items: items, into: &out)
        case .code(let language, let text):
            out += CodeBlock.html(language: language, code: text)
        case .cell(let index):
            cell(index, into: &out)
        case .math(let tex):
            noteMath()
            out += "<div class=\"math display\">" + HTML.text(tex) + "</div>\n"
        case .html(let raw):
            out += raw
            if !raw.hasSuffix("\n") { out += "\n" }
        case .table(let table):
            self.table(table, into: &out)
        case .thematicBreak:
            out += "<hr>\n"
        }
    }

    private mutating func heading(level: Int, content: [Inline], id: String, topLevel: Bool,
                                  into out: inout String) {
        // The page title is the only h1.
        let shown = min(6, max(2, level))
        let html = inlines(content)
        let text = content.plainText
        if topLevel { headings.append(Heading(level: shown, id: id, html: html, text: text)) }
        let idAttr = HTML.attribute(id)
        out += "<h\(shown) id=\"\(idAttr)\">" + html
        out += "<a class=\"anchor\" href=\"#\(idAttr)\" aria-label=\"Link to "
        out += HTML.attribute(text) + "\">#</a></h\(shown)>\n"
    }

    private mutating func list(ordered: Bool, start: Int, tight: Bool, items: [[Block]],
                               into out: inout String) {
        let tag = ordered ? "ol" : "ul"
        out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
        for item in items {
            out += "<li>"
            render(item, tight: tight, into: &out)
            if out.hasSuffix("\n") { out.removeLast() }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }
}
