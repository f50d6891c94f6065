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
    /// The book's `code-fold` default.
    var foldCode = false
    /// Names in cell code to link to the API reference (empty without one).
    var apiLinks: [String: String] = [:]
    /// The book's labelled sections, equations and tables.
    var labels = NumberedLabels()
    private var tableNames: [String: Int] = [:]  // table region names used, to keep them unique

    private(set) var diagnostics: [Diagnostic] = []
    /// Files the page refers to and the site must contain (figures, local images).
    private(set) var files: [SiteFile] = []
    /// Every file whose presence or size the page depends on, as it was when looked at: what
    /// glia serve checks before it reuses the page (an image added since, a figure removed).
    private(set) var filesLookedAt: [(path: String, identity: FileIdentity?)] = []
    /// Every formula on the page, where it is written (for build-time rendering).
    private(set) var formulas: [MathFormula] = []
    /// What each figure shown costs a reader, in order.
    private(set) var figureWeights: [FigureWeight] = []
    /// Where the first math on the page is, if any (KaTeX is only loaded on such pages).
    private(set) var firstMath: SourceLocation?
    /// Top-level headings, for the table of contents.
    private(set) var headings: [Heading] = []
    /// Location of the block being rendered, for diagnostics about inlines without one.
    private var location: SourceLocation
    /// Added to every Markdown heading level (see `HeadingLevels`).
    private var headingShift = 0
    private var footnotes = Footnotes(definitions: [])

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
        headingShift = HeadingLevels.shift(for: blocks)
        footnotes = Footnotes(definitions: blocks)
        var out = ""
        out.reserveCapacity(blocks.count * 256)
        var notes: [(label: String, html: String)] = []
        for block in blocks {
            if case .footnoteDefinition(let label, let content) = block.kind {
                var html = ""
                render(content, tight: false, into: &html)
                notes.append((label, html))
            } else {
                render(block, tight: false, topLevel: true, into: &out)
            }
        }
        return out + footnotes.section(notes)
    }

    private mutating func render(_ blocks: [Block], tight: Bool, into out: inout String) {
        for block in blocks {
            render(block, tight: tight, topLevel: false, into: &out)
        }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    private mutating func need(_ file: SiteFile) {
        files.append(file)
    }

    private mutating func lookedAt(_ path: String) {
        filesLookedAt.append((path, FileIdentity(of: path, followingLinks: true)))
    }

    private mutating func noteMath(_ tex: String, display: Bool) {
        if firstMath == nil { firstMath = location }
        formulas.append(MathFormula(tex: tex, display: display,
                                    location: chapter.place(ofFormula: tex, near: location)))
    }

    private var currentLocation: SourceLocation { location }

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
            noteMath(tex, display: true)
            out += MathMarkup.display(tex) + "\n"
        case .equation(let tex, let label):
            noteMath(tex, display: true)
            out += "<div class=\"equation\" id=\"" + HTML.attribute(label) + "\">"
                + MathMarkup.display(tex) + "<span class=\"equation-number\">"
                + HTML.text(labels.entries[label]?.number ?? "") + "</span></div>\n"
        case .html(let raw):
            out += RawHTML.filtered(raw)
            if !raw.hasSuffix("\n") { out += "\n" }
        case .table(let table):
            let number = table.label.flatMap { labels.entries[$0]?.number }
            var names = tableNames  // a copy: the closure below uses self too
            out += TableHTML.html(table, number: number, usedNames: &names) { inlines($0) }
            tableNames = names
        case .thematicBreak:
            out += "<hr>\n"
        case .footnoteDefinition:
            break  // collected by renderBody, shown at the end of the page
        case .callout(let kind, let children):
            // role=note, not <aside>: several callouts on a page must not be landmarks.
            out += "<div class=\"callout callout-\(kind)\" role=\"note\">\n<p class=\"callout-title\">"
                + kind.prefix(1).uppercased() + kind.dropFirst() + "</p>\n"
            render(children, tight: false, into: &out)
            out += "</div>\n"
        }
    }

    private mutating func heading(level: Int, content: [Inline], id: String, topLevel: Bool,
                                  into out: inout String) {
        let shown = min(6, max(2, level + headingShift))
        let number = topLevel ? labels.headingNumbers[page + "#" + id] : nil
        let html = (number.map { "<span class=\"section-number\">\($0)</span> " } ?? "") + inlines(content)
        let text = content.plainText
        if topLevel { headings.append(Heading(level: shown, id: id, html: html, text: text)) }
        let idAttr = HTML.attribute(id)
        out += "<h\(shown) id=\"\(idAttr)\">" + html
        out += "<a class=\"anchor\" href=\"#\(idAttr)\" aria-label=\"Link to "
        out += HTML.attribute(text) + "\">#</a></h\(shown)>\n"
    }

    private mutating func list(ordered: Bool, start: Int, tight: Bool, items: [ListItem],
                               into out: inout String) {
        let tag = ordered ? "ol" : "ul"
        out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
        for item in items {
            out += "<li>"
            if let done = item.task {
                // A task list item: a read-only checkbox, named for screen readers.
                out += done ? "<input type=\"checkbox\" checked disabled aria-label=\"done\"> "
                    : "<input type=\"checkbox\" disabled aria-label=\"not done\"> "
            }
            render(item.blocks, tight: tight, into: &out)
            if out.hasSuffix("\n") { out.removeLast() }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }

    // MARK: - cells

    /// A Swift cell: its code (if `echo`), what it printed (if `output`), its error, and its
    /// figures. A cell that was not run, or a chapter without results, shows only its code.
    private mutating func cell(_ index: Int, into out: inout String) {
        guard index < chapter.cells.count else {
            report(.error("internal error: cell \(index) does not exist", at: currentLocation))
            return
        }
        let cell = chapter.cells[index]
        let options = cell.options
        var cellResult: CellResult?
        if options.eval, let result, index < result.cells.count {
            cellResult = result.cells[index]
        }
        let output = options.output ? (cellResult?.output ?? "") : ""
        let error = cellResult?.error
        let figures = cellResult == nil ? [] : catalog.entries(page: page, cell: index)
        let showsCode = options.echo
        guard showsCode || !output.isEmpty || error != nil || !figures.isEmpty else { return }

        out += "<div class=\"cell\""
        if let label = options.label { out += " id=\"cell-" + HTML.attribute(label) + "\"" }
        out += ">\n"
        if showsCode {
            let folded = options.codeFold ?? foldCode
            if folded { out += "<details class=\"cell-fold\">\n<summary>Show code</summary>\n" }
            out += "<pre class=\"cell-code\" tabindex=\"0\"><code class=\"language-swift\">"
            out += SwiftHighlighter.html(cell.code, links: apiLinks) + "</code></pre>\n"
            if folded { out += "</details>\n" }
        }
        if !output.isEmpty {
            out += "<pre class=\"cell-output\" tabindex=\"0\"><samp>"
            out += HTML.text(trimmingFinalNewline(output)) + "</samp></pre>\n"
        }
        if let error {
            out += "<div class=\"cell-error\" role=\"note\"><p class=\"cell-error-title\">"
            out += options.error ? "Error (expected)" : "Error"
            out += "</p><pre tabindex=\"0\"><samp>" + HTML.text(trimmingFinalNewline(error))
            out += "</samp></pre></div>\n"
        }
        for entry in figures {
            figure(entry, pageWide: options.figColumn == .page, into: &out)
        }
        out += "</div>\n"
    }

    private mutating func figure(_ entry: FigureCatalog.Entry, pageWide: Bool, into out: inout String) {
        let folder = "figures/" + chapter.slug + "/"
        let figure = entry.figure
        for file in figure.files {
            let source = (result?.figureDirectory ?? "") + "/" + file
            lookedAt(source)
            if FileSystem.isFile(source) {
                if file.hasSuffix(".svg"), FigureHTML.leavesOut(svgBytes: FileSystem.size(source)) { continue }
                need(SiteFile(path: folder + file, contents: .copy(from: source)))
            } else {
                report(.error("figure file '\(file)' of figure '\(figure.name)' is missing from "
                              + "\(result?.figureDirectory ?? "?")", at: entry.cell.fence))
            }
        }
        figureWeights.append(FigureWeight(figure, cell: entry.cell.fence,
                                          folder: result?.figureDirectory ?? ""))
        let caption = entry.caption.map { inlines(ChapterParser.inlineMarkdown($0, path: chapter.path)) }
        let svg = (result?.figureDirectory ?? "") + "/" + entry.figure.svg
        let svgBytes = FileSystem.size(svg)
        let html = FigureHTML(entry: entry, folder: folder, captionHTML: caption, svgBytes: svgBytes,
                              pageWide: pageWide)
        if let alts = html.frameAltsFile { need(alts) }
        out += html.html
    }

    private func trimmingFinalNewline(_ text: String) -> String {
        text.droppingFinalNewline
    }

    // MARK: - inlines

    /// Inline content as HTML.
    private mutating func inlines(_ content: [Inline]) -> String {
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
            out += "<a href=\"" + linkTarget(url) + "\""
            if !title.isEmpty { out += " title=\"" + HTML.attribute(title) + "\"" }
            out += ">" + inlines(content) + "</a>"
        case .image(let url, let title, let alt):
            out += "<img src=\"" + imageSource(url) + "\" alt=\""
            out += HTML.attribute(alt.plainText) + "\""
            if !title.isEmpty { out += " title=\"" + HTML.attribute(title) + "\"" }
            out += " loading=\"lazy\">"
        case .html(let raw):
            out += RawHTML.filtered(raw)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .math(let tex):
            noteMath(tex, display: false)
            out += MathMarkup.inline(tex)
        case .inlineValue(let index):
            out += inlineValue(index)
        case .crossReference(let label, let location):
            out += crossReference(label, at: location)
        case .footnoteReference(let number):
            out += footnotes.reference(number)
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
        if !label.hasPrefix("fig-") {
            if let entry = labels.entries[label] {
                let target = entry.page == page ? "" : entry.page
                return "<a class=\"xref\" href=\"" + HTML.path(target) + "#" + HTML.path(label) + "\">"
                    + HTML.text(entry.text) + "</a>"
            }
            let hint = labels.closest(to: label).map { ": did you mean '@\($0)'?" } ?? ": no such label in this book"
            report(.error("unknown cross-reference '@\(label)'" + hint, at: location))
            return "<span class=\"xref missing\">@" + HTML.text(label) + "</span>"
        }
        if let entry = catalog.entry(label: label) {
            let target = entry.page == page ? "" : entry.page
            return "<a class=\"xref\" href=\"" + HTML.path(target) + "#" + HTML.path(label) + "\">Figure "
                + entry.number + "</a>"
        }
        report(.error("unknown cross-reference '@\(label)'; " + catalog.knownLabels(near: label),
                      at: location))
        return "<span class=\"xref missing\">@" + HTML.text(label) + "</span>"
    }

    /// The `href` of a link, encoded and escaped. Links to another chapter's Markdown file go
    /// to its page instead. A link to a page or chapter the book does not have is reported,
    /// since the browser would show an error page.
    private mutating func linkTarget(_ url: String) -> String {
        guard LocalURL.isLocal(url) else { return HTML.url(url) }
        let (path, fragment) = LocalURL.splitFragment(url)
        let isMarkdown = path.hasSuffix(".md")
        guard isMarkdown || path.hasSuffix(".html") else { return HTML.url(url) }
        let name = String(path.split(separator: "/").last ?? "")
        let slug = String(name.dropLast(isMarkdown ? 3 : 5))
        guard slugs.contains(slug) || slug == "index" else {
            report(.warning("link to '\(url)' points to no page of this book", at: currentLocation))
            return HTML.url(url)
        }
        return isMarkdown ? HTML.path(slug + ".html") + HTML.url(fragment) : HTML.url(url)
    }

    /// The `src` of an image, encoded and escaped. A local image next to the chapter is copied
    /// to the same relative path in the site, so the page's relative link keeps working; one
    /// outside the chapters folder would not be published, so it is an error at its line.
    private mutating func imageSource(_ url: String) -> String {
        guard LocalURL.isLocal(url), !url.isEmpty else { return HTML.url(url) }
        let (path, _) = LocalURL.splitFragment(url)
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            report(.error("image '\(url)' is outside the chapters folder, so the site would not "
                          + "include it: move it next to the chapter (for example into "
                          + "chapters/images/) and link it from there", at: currentLocation))
            return HTML.url(url)
        }
        let chapterFolder = chapter.path.split(separator: "/").dropLast().joined(separator: "/")
        let source = [bookRoot, chapterFolder, parts.joined(separator: "/")]
            .filter { !$0.isEmpty }.joined(separator: "/")
        lookedAt(source)
        if FileSystem.isFile(source) {
            need(SiteFile(path: parts.joined(separator: "/"), contents: .copy(from: source)))
        } else {
            report(.warning("image '\(url)' not found at \(source)", at: currentLocation))
        }
        return HTML.url(url)
    }
}
