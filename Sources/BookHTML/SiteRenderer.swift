import BookCore

/// Turns a parsed book and its execution results into the files of a static site.
public struct SiteRenderer {
    let book: Book
    let results: [String: ChapterResult]
    let options: SiteOptions
    /// The book's theme: glia's files, or its own from `theme/`.
    let theme: Theme

    /// - Parameter results: each chapter's execution results, by chapter slug. A chapter
    ///   without results shows its code only.
    public init(book: Book, results: [String: ChapterResult], options: SiteOptions) {
        self.book = book
        self.results = results
        self.options = options
        theme = Theme(bookRoot: book.root)
    }

    /// Every file of the site; every problem found (unresolved `@fig-` cross-references,
    /// figures without alt text, missing figure files, math without KaTeX) goes to
    /// `diagnostics` with its location. Files are sorted by path; the same input gives
    /// byte-identical files.
    public func render(reportingTo diagnostics: DiagnosticEngine) -> Site {
        let (files, pages, found) = renderFiles()
        diagnostics.emit(found)
        return Site(files: files, weights: PageWeight.weigh(pages, in: files))
    }

    private func renderFiles() -> (files: [SiteFile], pages: [PageToWeigh], diagnostics: [Diagnostic]) {
        let frontSlug = book.index?.slug
        let sources = book.pages
        let catalog = FigureCatalog(pages: sources, isFrontPage: { $0.slug == frontSlug },
                                    results: results)
        let (links, chapterSearch) = pageLinks(catalog: catalog)
        let katex = KaTeX(directory: options.katexDirectory)
        let labels = NumberedLabels(pages: sources,
                                    pageName: { $0.slug == frontSlug ? "index.html" : $0.pageName },
                                    isFrontPage: { $0.slug == frontSlug })
        var diagnostics = catalog.diagnostics + labels.diagnostics + theme.problems
        var files: [SiteFile] = []
        var search: [SearchEntry] = []
        var firstMath: SourceLocation?
        var rendered: [PageToWeigh] = []
        var pending: [(chapter: Chapter, link: PageLink, renderer: PageRenderer, body: String)] = []
        let reference = options.reference

        if book.index == nil {
            files.append(SiteFile(path: "index.html", text: generatedFrontPage(links, customStylesheet: theme.hasCustomStylesheet)))
            search.append(SearchEntry(url: "index.html", title: book.title, page: book.title,
                                      text: SearchText.collapse(book.description ?? "")))
        }
        // Each page's body is made on its own (pages share nothing but read-only context), on
        // every core; the results are gathered in book order.
        let slugs = Set(sources.map(\.slug))
        let pages = Array(zip(sources, book.index == nil ? Array(links.dropFirst()) : links))
        let bodies = pages.concurrentMap { chapter, link in
            // The inputs are gathered only when there is a memo to compare them with.
            let made = memoized(\.bodies, chapter.slug, PageBodyInputs(
                chapter: chapter, link: link, result: results[chapter.slug],
                catalog: catalog.view(forPage: link.page), labels: labels, slugs: slugs,
                foldCode: book.codeFold, apiLinks: reference?.links ?? [:],
                bookRoot: book.root, bookTitle: book.title), isCurrent: \.filesAreUnchanged) {
                pageBody(chapter, link, catalog: catalog, labels: labels, slugs: slugs)
            }
            // The front page's notice and contents list come from every chapter, so they are
            // added to its memoized body each time.
            let body = link.number == nil ? changesNotice + made.body + contentsList(links) : made.body
            return (made.renderer, body, made.downloads)
        }
        for ((chapter, link), (renderer, body, downloaded)) in zip(pages, bodies) {
            files += downloaded
            diagnostics += renderer.diagnostics
            files += renderer.files
            firstMath = firstMath ?? renderer.firstMath
            pending.append((chapter, link, renderer, body))
        }
        // Math is rendered for the whole book at once (one Node.js process), between
        // rendering the pages' bodies and framing them.
        let math = katex.flatMap { prerenderMath(pending.flatMap(\.renderer.formulas), katex: $0,
                                                 diagnostics: &diagnostics) }
        var printed: [PrintPage.Chapter] = []
        let framed = pending.concurrentMap { chapter, link, renderer, unframed in
            let body = math.map { MathMarkup.substitute(renderer.formulas, from: $0.rendered, in: unframed) }
                ?? unframed
            let hasMath = renderer.firstMath != nil && katex != nil
            let needsScript = hasMath && renderer.formulas.contains { math?.rendered[$0.key] == nil }
            var layout = PageLayout(
                bookTitle: book.title, pages: links, current: link,
                description: chapter.frontMatter["description"] ?? book.description,
                headings: renderer.headings, math: hasMath, customStylesheet: theme.hasCustomStylesheet)
            layout.mathScript = needsScript
            frame(&layout, source: chapter.path,
                  image: renderer.files.first { $0.path.hasSuffix(".png") && !$0.path.contains("@") }?.path)
            let weight = PageToWeigh(page: link.page, source: chapter.path, mathStyles: hasMath,
                                     mathScript: needsScript, figures: renderer.figureWeights)
            let html = memoized(\.frames, link.page, FrameInputs(layout: layout, body: body)) {
                Array(layout.html(body: body).utf8)
            }
            return (body, SiteFile(path: link.page, contents: .bytes(html)), weight)
        }
        for ((chapter, link, _, _), (body, page, weight)) in zip(pending, framed) {
            if let number = link.number {
                printed.append(PrintPage.Chapter(page: link.page, number: number, title: link.title,
                                                 body: body))
            }
            files.append(page)
            rendered.append(weight)
            search += chapterSearch[chapter.slug] ?? searchEntries(chapter, link, catalog: catalog)
        }

        if !printed.isEmpty {
            let link = PageLink(page: PrintPage.page, number: nil, title: book.title)
            var layout = PageLayout(bookTitle: book.title, pages: links, current: link,
                                    description: book.description, headings: [],
                                    math: rendered.contains(where: \.mathStyles),
                                    customStylesheet: theme.hasCustomStylesheet)
            layout.mathScript = rendered.contains(where: \.mathScript)
            frame(&layout, source: nil, image: nil)
            let pages = PrintPage(chapters: printed).pages
            let sections = printed.map { chapter in
                memoized(\.printSections, chapter.page, PrintSectionInputs(chapter: chapter, pages: pages)) {
                    PrintPage.section(chapter, pages: pages)
                }
            }
            let body = PrintPage.body(printed, sections: sections)
            files.append(SiteFile(path: PrintPage.page, text: layout.html(body: body)))
        }
        if let firstMath {
            if let katex {
                // KaTeX's script only when some formula is left to the browser; else only the
                // rules and fonts the rendered formulas use.
                if rendered.contains(where: \.mathScript) {
                    files += katex.files
                } else {
                    let html = math.map { $0.rendered.values.sorted() } ?? []
                    files += memoized(\.katexFiles, "katex", html, isCurrent: \.sourcesExist) {
                        katex.prunedFiles(forHTML: html, fontCache: options.fontCache)
                    }
                }
            } else {
                diagnostics.append(.warning(
                    "math is shown as TeX source: KaTeX was not found at "
                        + "\(options.katexDirectory ?? "(no folder set)") "
                        + "(install Debian's libjs-katex)", at: firstMath))
            }
        }
        if let changes = options.changes, !changes.isEmpty {
            let (body, images) = ChangesPage(changes: changes, folder: options.changesFolder ?? "").render()
            let link = PageLink(page: ChangesPage.page, number: nil, title: "What changed")
            var layout = PageLayout(bookTitle: book.title, pages: links, current: link,
                                    description: "Figures and numbers the last build changed",
                                    headings: [], math: false, customStylesheet: theme.hasCustomStylesheet)
            frame(&layout, source: nil, image: nil)
            files.append(SiteFile(path: ChangesPage.page, text: layout.html(body: body)))
            files += images
        }
        let referencePages = reference?.pages ?? []
        files += referencePages.concurrentMap { page in
            var layout = PageLayout(bookTitle: book.title, pages: links,
                                    current: PageLink(page: page.page, number: nil, title: page.title),
                                    description: "API reference: \(page.title)", headings: [], math: false,
                                    customStylesheet: theme.hasCustomStylesheet)
            frame(&layout, source: nil, image: nil)
            let html = memoized(\.frames, page.page, FrameInputs(layout: layout, body: page.body)) {
                Array(layout.html(body: page.body).utf8)
            }
            return SiteFile(path: page.page, contents: .bytes(html))
        }
        search += referencePages.flatMap(\.search)
        files.append(SiteFile(path: "search-index.js", contents: .bytes(memoized(\.searchIndex, "search", search) {
            Array(SearchIndex.script(search).utf8)
        })))
        files += settingsFiles(links)
        files += theme.files
        return (Self.sortedUnique(files), rendered, diagnostics)
    }

    /// The front page, then each chapter with its number and reading time, which is counted
    /// from the chapter's search entries (its prose as a reader sees it); those are returned
    /// too, by slug, so the search index does not extract them again.
    private func pageLinks(catalog: FigureCatalog) -> (links: [PageLink], search: [String: [SearchEntry]]) {
        let front = PageLink(page: "index.html", number: nil,
                             title: book.index?.title ?? book.title)
        // Each chapter's prose on its own, on every core.
        let chapters = book.chapters.concurrentMap { chapter in
            var link = PageLink(page: chapter.pageName, number: chapter.number, title: chapter.title,
                                summary: chapter.frontMatter["description"])
            let (prose, words) = memoized(\.search, chapter.slug, SearchInputs(
                chapter: chapter, link: link, result: results[chapter.slug],
                catalog: catalog.view(forPage: link.page))) {
                let entries = searchEntries(chapter, link, catalog: catalog)
                return (entries, entries.reduce(0) { $0 + SearchText.wordCount(ofCollapsed: $1.text) })
            }
            link.readingMinutes = PageLink.readingMinutes(words: words)
            return (link, prose)
        }
        var search: [String: [SearchEntry]] = [:]
        for (chapter, (_, prose)) in zip(book.chapters, chapters) { search[chapter.slug] = prose }
        return ([front] + chapters.map(\.0), search)
    }

    private func searchEntries(_ chapter: Chapter, _ link: PageLink, catalog: FigureCatalog) -> [SearchEntry] {
        SearchText(chapter: chapter, result: results[chapter.slug], catalog: catalog)
            .entries(blocks: chapter.blocks, page: link)
    }

    /// One file per path: the first wins (two figures may name the same image).
    private static func sortedUnique(_ files: [SiteFile]) -> [SiteFile] {
        var seen = Set<String>()
        return files.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }
}

extension SiteRenderer {
    /// `options.memo`'s value for `name` when made from equal `inputs`, else `make()`'s
    /// (remembered when there is a memo).
    func memoized<Inputs, Value>(_ slot: KeyPath<RenderMemo, Memo<Inputs, Value>>, _ name: String,
                                 _ inputs: @autoclosure () -> Inputs,
                                 isCurrent: (Value) -> Bool = { _ in true }, _ make: () -> Value) -> Value {
        guard let memo = options.memo else { return make() }
        return memo[keyPath: slot].value(name, for: inputs(), isCurrent: isCurrent, make)
    }

    /// A page's body before framing: its blocks rendered, and for a chapter the links to its
    /// sources (which it also returns as files to copy).
    func pageBody(_ chapter: Chapter, _ link: PageLink, catalog: FigureCatalog, labels: NumberedLabels,
                  slugs: Set<String>) -> PageBody {
        var renderer = PageRenderer(chapter: chapter, page: link.page, result: results[chapter.slug],
                                    catalog: catalog, bookRoot: book.root, slugs: slugs)
        renderer.foldCode = book.codeFold
        renderer.apiLinks = options.reference?.links ?? [:]
        renderer.labels = labels
        var body = renderer.renderBody()
        var downloaded: [SiteFile] = []
        if link.number != nil {
            let (downloads, sources) = self.downloads(chapter)
            body += downloads
            downloaded = sources
        }
        return PageBody(renderer: renderer, body: body, downloads: downloaded)
    }

    /// The front page when the book has no `chapters/index.md`: title, author, description and
    /// the list of chapters.
    func generatedFrontPage(_ links: [PageLink], customStylesheet: Bool) -> String {
        var body = ""
        if let author = book.author, !author.isEmpty {
            body += "<p class=\"book-author\">" + HTML.text(author) + "</p>\n"
        }
        if let description = book.description, !description.isEmpty {
            body += "<p class=\"book-description\">" + HTML.text(description) + "</p>\n"
        }
        body = changesNotice + body + contentsList(links)
        var layout = PageLayout(bookTitle: book.title, pages: links, current: links[0],
                                description: book.description, headings: [], math: false,
                                customStylesheet: customStylesheet)
        frame(&layout, source: nil, image: nil)
        return layout.html(body: body)
    }

    /// A chapter's Markdown source and its cells as a runnable Swift script, copied into
    /// `sources/`, and the line that links them at the end of the page.
    private func downloads(_ chapter: Chapter) -> (String, [SiteFile]) {
        let markdown = "sources/" + chapter.slug + ".md"
        var files = [SiteFile(path: markdown, contents: .copy(from: AbsolutePath(book.root)
                                                                .appending(chapter.path).string))]
        var html = "<p class=\"downloads\">Download this chapter: <a href=\"" + HTML.path(markdown)
            + "\" download>Markdown source</a>"
        if chapter.cells.contains(where: { $0.options.eval }) {
            let script = "sources/" + chapter.slug + ".swift"
            files.append(SiteFile(path: script, text: ChapterScript(chapter: chapter).source(bookTitle: book.title)))
            html += " · <a href=\"" + HTML.path(script) + "\" download>Swift script of its cells</a>"
        }
        return (html + "</p>\n", files)
    }

    /// The book settings every page frame carries.
    private func frame(_ layout: inout PageLayout, source: String?, image: String?) {
        layout.settings = book.settings
        layout.template = theme.template
        layout.sourcePath = source
        layout.previewImage = image
        layout.faviconPath = faviconSitePath
        layout.hasReference = options.reference != nil
    }

    /// `favicon.<ext>` at the site's root, when the book names one.
    private var faviconSitePath: String? {
        guard let favicon = book.settings.favicon else { return nil }
        let ext = favicon.split(separator: ".").last.map(String.init) ?? "png"
        return "favicon." + ext.lowercased()
    }

    /// The favicon and, with a `site-url`, `sitemap.xml` listing every page.
    private func settingsFiles(_ links: [PageLink]) -> [SiteFile] {
        var files: [SiteFile] = []
        if let favicon = book.settings.favicon, let path = faviconSitePath {
            files.append(SiteFile(path: path, contents: .copy(from: AbsolutePath(book.root).appending(favicon).string)))
        }
        if book.settings.siteURL != nil {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for link in links {
                xml += "<url><loc>" + HTML.text(book.settings.absoluteURL(HTML.path(link.page)) ?? "") + "</loc></url>\n"
            }
            files.append(SiteFile(path: "sitemap.xml", text: xml + "</urlset>\n"))
        }
        return files
    }

    /// The front page's link to `changes.html`, while the last build changed something.
    private var changesNotice: String {
        guard let changes = options.changes, !changes.isEmpty else { return "" }
        return ChangesPage.notice(changes)
    }

    /// Every chapter with its number and title, for the front page.
    func contentsList(_ links: [PageLink]) -> String {
        var out = "<h2 id=\"book-contents\">Contents</h2>\n<ol class=\"contents\">\n"
        for link in links where link.number != nil {
            out += "<li><a href=\"" + HTML.path(link.page) + "\"><span class=\"chapter-number\">"
            out += "\(link.number ?? 0)</span><span class=\"chapter-title\">"
            out += HTML.text(link.title) + "</span>"
            if let summary = link.summary, !summary.isEmpty {
                out += "<span class=\"chapter-summary\">" + HTML.text(summary) + "</span>"
            }
            if let minutes = link.readingMinutes {
                out += "<span class=\"chapter-time\">\(minutes) min read</span>"
            }
            out += "</a></li>\n"
        }
        out += "</ol>\n<p class=\"print-link\"><a href=\"" + PrintPage.page + "\">The whole book on one "
            + "page</a>, for printing or saving as PDF.</p>\n"
        return out
    }
}
