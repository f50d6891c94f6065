import Foundation
import XCTest
@testable import BookCore
@testable import BookHTML

/// Callouts and footnotes, the Markdown features authors bring from GitHub and Quarto.
final class BookFeatureTests: XCTestCase {
    private func page(_ markdown: String) throws -> (Chapter, String) {
        let chapter = try XCTUnwrap(ChapterParser().parse("---\ntitle: T\n---\n" + markdown,
                                                          path: "chapters/01-intro.md", number: 1).0)
        let (files, _) = TestBook.render([chapter])
        return (chapter, TestBook.text(files, "01-intro.html"))
    }

    func testGitHubAlertsBecomeCallouts() throws {
        let (chapter, html) = try page("""
            > [!WARNING]
            > Careful with *this*.
            >
            > And this.

            > [!tip]
            > Lower case works too.

            > [!NOTE] not alone on its line

            > [!BOGUS]
            > A plain quote.
            """)
        guard case .callout(let kind, let content) = chapter.blocks[0].kind else {
            return XCTFail("\(chapter.blocks[0].kind)")
        }
        XCTAssertEqual(kind, "warning")
        XCTAssertEqual(content.count, 2)
        XCTAssertTrue(html.contains("<div class=\"callout callout-warning\" role=\"note\">\n"
                                    + "<p class=\"callout-title\">Warning</p>\n<p>Careful with <em>this</em>.</p>\n"
                                    + "<p>And this.</p>\n</div>"), html)
        XCTAssertTrue(html.contains("<div class=\"callout callout-tip\" role=\"note\">"))
        XCTAssertTrue(html.contains("<blockquote>\n<p>[!NOTE] not alone on its line</p>"))
        XCTAssertTrue(html.contains("<blockquote>\n<p>[!BOGUS]\nA plain quote.</p>"))
    }

    func testFootnotesAreNumberedAndLinkedBothWays() throws {
        let (_, html) = try page("One[^x] and two[^y], one again[^x].\n\n[^y]: Why.\n[^x]: Because.\n")
        XCTAssertTrue(html.contains("<a href=\"#fn-x\" id=\"fnref-x\" data-footnote-ref>1</a>"))
        XCTAssertTrue(html.contains("<a href=\"#fn-y\" id=\"fnref-y\" data-footnote-ref>2</a>"))
        XCTAssertTrue(html.contains("<a href=\"#fn-x\" id=\"fnref-x-2\" data-footnote-ref>1</a>"))
        XCTAssertTrue(html.contains("<li id=\"fn-x\">\n<p>Because. <a href=\"#fnref-x\" class=\"footnote-backref\" "
                                    + "data-footnote-backref aria-label=\"Back to reference 1\">↩</a>"), html)
        XCTAssertTrue(html.contains("aria-label=\"Back to reference 1 (2)\">↩<sup class=\"footnote-ref\">2</sup></a>"))
    }

    func testCodeFoldPutsTheCodeBehindShowCode() throws {
        let (chapter, html) = try page("```swift\n//| code-fold: true\nlet x = 1\n```\n\n```swift\nlet y = 2\n```\n")
        XCTAssertEqual(chapter.cells[0].options.codeFold, true)
        XCTAssertTrue(html.contains("<details class=\"cell-fold\">\n<summary>Show code</summary>\n"
                                    + "<pre class=\"cell-code\""), html)
        XCTAssertEqual(html.components(separatedBy: "<details").count, 2, "only the folded cell")
    }

    func testFigColumnPageLetsACellsFiguresUseThePageWidth() throws {
        let file = "chapters/01-intro.md"
        func figureTag(_ column: CellOptions.FigureColumn) throws -> String {
            let figure = TestBook.figure("grid")
            let cell = TestBook.cell(0, code: "show(grid)\n", fenceLine: 5, file: file) { $0.figColumn = column }
            let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                       figureDirectory: try TestBook.figureDirectory([figure]))
            let html = TestBook.body([Block(.cell(0), at: TestBook.at(5))], cells: [cell], result: result).0
            return try XCTUnwrap(html.range(of: "<figure[^>]*>", options: .regularExpression).map { String(html[$0]) })
        }
        XCTAssertEqual(try figureTag(.page), "<figure id=\"fig-grid\" class=\"cell-figure figure-page\">")
        XCTAssertEqual(try figureTag(.body), "<figure id=\"fig-grid\" class=\"cell-figure\">")
        let parsed = CellOptionsParser.parse("//| fig-column: margin\nlet x = 1", file: file, firstLine: 6, column: 1)
        XCTAssertEqual(parsed.diagnostics.map(\.message),
                       ["cell option 'fig-column' must be 'body' or 'page', not 'margin'"])
    }

    func testTheBookWideCodeFoldDefaultAndItsExceptions() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-fold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "code-fold: true\n".write(to: root.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        try "# A\n\n```swift\nlet x = 1\n```\n\n```swift\n//| code-fold: false\nlet y = 2\n```\n"
            .write(to: root.appendingPathComponent("chapters/a.md"), atomically: true, encoding: .utf8)
        let engine = DiagnosticEngine()
        let book = try XCTUnwrap(BookLoader(root: root.path).load(reportingTo: engine))
        XCTAssertTrue(book.codeFold)
        let site = SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine)
        let html = TestBook.text(site.files, "a.html")
        XCTAssertEqual(html.components(separatedBy: "<details class=\"cell-fold\">").count, 2, html)
    }

    func testSectionsEquationsAndTablesAreNumberedAndReferencedAcrossChapters() throws {
        func parse(_ text: String, _ slug: String, _ number: Int) throws -> Chapter {
            try XCTUnwrap(ChapterParser().parse("---\ntitle: C\(number)\n---\n" + text,
                                                path: "chapters/\(slug).md", number: number).0)
        }
        let first = try parse("""
            ## Setup

            ## Why ReLU? {#sec-why}

            ### Kinks {#sec-kinks}

            $$y = \\max(0, x)$$ {#eq-relu}

            | a | b |
            |---|---|
            | 1 | 2 |

            : Two numbers {#tbl-two}

            See @sec-kinks, @eq-relu and @tbl-two.
            """, "01-a", 1)
        let second = try parse("Back in @sec-why and @eq-relu; not @sec-wyh.\n", "02-b", 2)
        let (files, diagnostics) = TestBook.render([first, second])
        let one = TestBook.text(files, "01-a.html"), two = TestBook.text(files, "02-b.html")
        XCTAssertTrue(one.contains("<h2 id=\"sec-why\"><span class=\"section-number\">1.2</span> Why ReLU?"), one)
        XCTAssertTrue(one.contains("<span class=\"section-number\">1.2.1</span> "),
                      "every heading shows the number its references use")
        XCTAssertTrue(one.contains("<a class=\"xref\" href=\"#sec-kinks\">Section 1.2.1</a>"), one)
        XCTAssertTrue(one.contains("<a class=\"xref\" href=\"#eq-relu\">Equation (1.1)</a>"))
        XCTAssertTrue(one.contains("<a class=\"xref\" href=\"#tbl-two\">Table 1.1</a>"))
        XCTAssertTrue(one.contains("<span class=\"equation-number\">(1.1)</span>"))
        XCTAssertTrue(one.contains("<div class=\"table-wrap\" id=\"tbl-two\" tabindex=\"0\" role=\"region\" "
                                   + "aria-label=\"Table 1.1\">\n<table>\n<caption><span class=\"table-number\">Table "
                                   + "1.1</span>: Two numbers</caption>"), one)
        XCTAssertFalse(one.contains("{#"), "labels are not shown")
        XCTAssertTrue(two.contains("<a class=\"xref\" href=\"01-a.html#sec-why\">Section 1.2</a>"), two)
        XCTAssertTrue(two.contains("<a class=\"xref\" href=\"01-a.html#eq-relu\">Equation (1.1)</a>"))
        XCTAssertEqual(diagnostics.filter(\.isError).map(\.description),
                       ["chapters/02-b.md:4:36: error: unknown cross-reference '@sec-wyh': did you mean '@sec-why'?"])
    }

    func testABooksThemeFolderAddsCustomCSSAndReplacesGliasFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-theme-\(UUID().uuidString)")
        for folder in ["chapters", "theme"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        try "# A\n\nText.\n".write(to: root.appendingPathComponent("chapters/a.md"), atomically: true, encoding: .utf8)
        try "body { color: teal; }".write(to: root.appendingPathComponent("theme/custom.css"), atomically: true, encoding: .utf8)
        try "/* mine */".write(to: root.appendingPathComponent("theme/search.js"), atomically: true, encoding: .utf8)
        try "font".write(to: root.appendingPathComponent("theme/font.woff2"), atomically: true, encoding: .utf8)
        let engine = DiagnosticEngine()
        let book = try XCTUnwrap(BookLoader(root: root.path).load(reportingTo: engine))
        let site = SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine)
        for page in ["index.html", "a.html"] {
            let html = TestBook.text(site.files, page)
            let glia = try XCTUnwrap(html.range(of: "href=\"assets/glia.css\""))
            let custom = try XCTUnwrap(html.range(of: "href=\"assets/custom.css\""), page)
            XCTAssertLessThan(glia.lowerBound, custom.lowerBound, "custom.css comes after glia.css")
        }
        let paths = site.files.map(\.path)
        XCTAssertTrue(paths.contains("assets/custom.css") && paths.contains("assets/font.woff2"))
        XCTAssertEqual(site.files.first { $0.path == "assets/search.js" }?.contents,
                       .copy(from: root.appendingPathComponent("theme/search.js").path), "replaced")
        XCTAssertEqual(paths.filter { $0 == "assets/search.js" }.count, 1)
        XCTAssertTrue(paths.contains("assets/glia.css"), "the rest stays glia's")
    }

    func testABooksPageTemplateReplacesTheFrameAndIsChecked() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-template-\(UUID().uuidString)")
        for folder in ["chapters", "theme"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        try "# A\n\nText.\n".write(to: root.appendingPathComponent("chapters/a.md"), atomically: true, encoding: .utf8)
        let template = root.appendingPathComponent("theme/page.html")
        try """
            <!DOCTYPE html><html lang="{{lang}}"><head>{{head}}</head>
            <body>{{sidebar}}<main id="glia-main">{{page-header}}{{body}}</main>
            <footer>Course notes, spring term</footer>{{scripts}}</body></html>
            """.write(to: template, atomically: true, encoding: .utf8)
        func render() throws -> (Site, [Diagnostic]) {
            let engine = DiagnosticEngine()
            let book = try XCTUnwrap(BookLoader(root: root.path).load(reportingTo: engine))
            return (SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine),
                    engine.diagnostics)
        }
        let (site, problems) = try render()
        XCTAssertEqual(problems, [])
        let page = TestBook.text(site.files, "a.html")
        XCTAssertTrue(page.contains("<footer>Course notes, spring term</footer><script defer src=\"assets/glia.js\">"), page)
        XCTAssertTrue(page.contains("<p>Text.</p>"))
        XCTAssertFalse(site.files.contains { $0.path == "assets/page.html" }, "the frame is not an asset")

        try "<html>\n<body>{{sidebar}}\n{{bdy}}</body></html>\n".write(to: template, atomically: true, encoding: .utf8)
        let (_, found) = try render()
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found[0].description.hasPrefix("theme/page.html:3:1: error: unknown slot '{{bdy}}': "
                                                     + "did you mean '{{body}}'?"), found[0].description)
        XCTAssertTrue(found[1].description.hasPrefix("theme/page.html:1:1: error: the page template has no {{body}} slot"))
    }

    func testBookSettingsShapeEveryPage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "# A\n\nText.\n".write(to: root.appendingPathComponent("chapters/a.md"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50]).write(to: root.appendingPathComponent("icon.png"))
        try """
            title: Settings
            lang: de
            site-url: https://example.org/kurs
            edit-url: https://git.example.org/kurs/edit/main/{path}
            favicon: icon.png
            """.write(to: root.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        let engine = DiagnosticEngine()
        let book = try XCTUnwrap(BookLoader(root: root.path).load(reportingTo: engine), "\(engine.diagnostics)")
        let site = SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine)
        let page = TestBook.text(site.files, "a.html")
        XCTAssertTrue(page.contains("<html lang=\"de\">"))
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org/kurs/a.html\">"))
        XCTAssertTrue(page.contains("<meta property=\"og:title\" content=\"A · Settings\">"), page)
        XCTAssertTrue(page.contains("<link rel=\"icon\" href=\"favicon.png\">"))
        XCTAssertTrue(page.contains("<a href=\"https://git.example.org/kurs/edit/main/chapters/a.md\">Edit this page</a>"))
        XCTAssertTrue(TestBook.text(site.files, "sitemap.xml").contains("<loc>https://example.org/kurs/a.html</loc>"))
        XCTAssertTrue(site.files.contains { $0.path == "favicon.png" })

        try "edit-url: https://x.org/edit\nsite-url: example.org\nfavicon: gone.png\n"
            .write(to: root.appendingPathComponent("book.yml"), atomically: true, encoding: .utf8)
        let failing = DiagnosticEngine()
        XCTAssertNil(BookLoader(root: root.path).load(reportingTo: failing))
        XCTAssertEqual(failing.diagnostics.map { $0.location?.line }, [1, 2, 3])
    }
}
