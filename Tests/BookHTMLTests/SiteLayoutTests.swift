import XCTest
import BookCore
@testable import BookHTML

final class SiteLayoutTests: XCTestCase {
    private let chapters = [
        TestBook.chapter("01-intro", number: 1, title: "Intro"),
        TestBook.chapter("02-relu", number: 2, title: "ReLU & friends"),
        TestBook.chapter("03-coffee", number: 3, title: "Coffee"),
    ]

    func testEveryPageAndAssetIsThere() {
        let (files, diagnostics) = TestBook.render(chapters)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(files.map(\.path), [
            "01-intro.html", "02-relu.html", "03-coffee.html", "assets/glia.css", "assets/glia.js",
            "assets/search.js", "index.html", "print.html", "search-index.js", "sources/01-intro.md",
            "sources/02-relu.md", "sources/03-coffee.md",
        ])
    }

    func testSidebarMarksTheCurrentChapterAndPagerLinksNeighbours() {
        let page = TestBook.text(TestBook.render(chapters).files, "02-relu.html")
        XCTAssertTrue(page.contains("<title>ReLU &amp; friends · Neurons</title>"))
        XCTAssertTrue(page.contains("<li><a href=\"02-relu.html\" aria-current=\"page\">"
            + "<span class=\"chapter-number\">2</span><span class=\"chapter-title\">"
            + "ReLU &amp; friends</span></a></li>"))
        XCTAssertEqual(page.components(separatedBy: "aria-current").count, 2)
        XCTAssertTrue(page.contains("<a class=\"pager-previous\" rel=\"prev\" href=\"01-intro.html\">"
            + "<span class=\"pager-hint\">Previous</span><span class=\"pager-title\">1. Intro</span>"))
        XCTAssertTrue(page.contains("rel=\"next\" href=\"03-coffee.html\""))
        XCTAssertTrue(page.contains("<p class=\"chapter-label\">Chapter 2</p>\n<h1>ReLU &amp; friends</h1>"))
        XCTAssertTrue(page.contains("<a class=\"skip-link\" href=\"#glia-main\">"))
        XCTAssertTrue(page.contains("<main id=\"glia-main\""))
    }

    func testEveryReferenceIsRelativeAndNoModulesOrFetch() {
        let files = TestBook.render(chapters).files
        for file in files where file.path.hasSuffix(".html") {
            let page = TestBook.text(files, file.path)
            for attribute in ["href=\"", "src=\""] {
                for piece in page.components(separatedBy: attribute).dropFirst() {
                    XCTAssertFalse(piece.hasPrefix("/"), "\(file.path): absolute \(piece.prefix(30))")
                    XCTAssertFalse(piece.hasPrefix("http"), "\(file.path): remote \(piece.prefix(30))")
                }
            }
            XCTAssertFalse(page.contains("type=\"module\""))
        }
        for script in ["assets/glia.js", "assets/search.js"] {
            let source = TestBook.text(files, script)
            XCTAssertFalse(source.contains("fetch(") || source.contains("XMLHttpRequest")
                || source.contains("import "), script)
        }
    }

    func testReadingTimeIsProseWordsAtTwoHundredAMinute() {
        XCTAssertEqual(PageLink.readingMinutes(words: 0), 1)
        XCTAssertEqual(PageLink.readingMinutes(words: 200), 1)
        XCTAssertEqual(PageLink.readingMinutes(words: 201), 2)
        XCTAssertEqual(PageLink.readingMinutes(words: 2_350), 12)
    }

    func testGeneratedFrontPageListsChapters() {
        var book = chapters
        book[1].frontMatter["description"] = "Kinks <and> bends"
        let page = TestBook.text(TestBook.render(book).files, "index.html")
        XCTAssertTrue(page.contains("<span class=\"chapter-title\">ReLU &amp; friends</span>"
            + "<span class=\"chapter-summary\">Kinks &lt;and&gt; bends</span>"
            + "<span class=\"chapter-time\">1 min read</span></a></li>"))
        XCTAssertTrue(page.contains("<h1>Neurons</h1>"))
        XCTAssertTrue(page.contains("<p class=\"book-description\">How neurons work</p>"))
        XCTAssertTrue(page.contains("<li><a href=\"03-coffee.html\"><span class=\"chapter-number\">3"
            + "</span><span class=\"chapter-title\">Coffee</span><span class=\"chapter-time\">1 min read"
            + "</span></a></li>"))
        XCTAssertTrue(page.contains("<a class=\"book-title\" href=\"index.html\" aria-current=\"page\">"))
        XCTAssertFalse(page.contains("<li><a href=\"index.html\""), "the title links it already")
        XCTAssertFalse(page.contains("pager-previous"))
        XCTAssertTrue(page.contains("rel=\"next\" href=\"01-intro.html\""))
    }

    func testIndexChapterBecomesTheFrontPageWithoutNumber() {
        let index = Chapter(path: "chapters/index.md", slug: "index", number: 0, title: "Welcome",
                            blocks: [TestBook.paragraph(.text("Start here."))], cells: [],
                            inlineExpressions: [])
        let files = TestBook.render(chapters, index: index).files
        let page = TestBook.text(files, "index.html")
        XCTAssertTrue(page.contains("<h1>Welcome</h1>"))
        XCTAssertFalse(page.contains("chapter-label"))
        XCTAssertTrue(page.contains("<p>Start here.</p>"))
        XCTAssertTrue(page.contains("<ol class=\"contents\">"))
        XCTAssertTrue(TestBook.text(files, "01-intro.html")
            .contains("rel=\"prev\" href=\"index.html\"><span class=\"pager-hint\">Previous</span>"
                + "<span class=\"pager-title\">Welcome</span>"))
    }

    func testTableOfContentsOnlyForLongerPages() {
        func page(headings: Int) -> String {
            let blocks = (0..<headings).map {
                Block(.heading(level: 2, content: [.text("Part \($0)")], id: "part-\($0)"),
                      at: TestBook.at($0 + 2))
            }
            let chapter = TestBook.chapter("01-intro", number: 1, blocks: blocks)
            return TestBook.text(TestBook.render([chapter]).files, "01-intro.html")
        }
        XCTAssertFalse(page(headings: 2).contains("class=\"toc\""))
        let long = page(headings: 3)
        XCTAssertTrue(long.contains("<nav class=\"toc\" aria-label=\"On this page\">"))
        XCTAssertTrue(long.contains("<li class=\"toc-h2\"><a href=\"#part-2\">Part 2</a></li>"))
    }

    func testRenderingIsDeterministic() throws {
        let figure = TestBook.figure("loss")
        let directory = try TestBook.figureDirectory([figure])
        var book = chapters
        book[0].blocks = [Block(.cell(0), at: TestBook.at(3)),
                          TestBook.paragraph(.crossReference(label: "fig-loss",
                                                             location: TestBook.at(5)))]
        book[0].cells = [TestBook.cell(0, code: "show()", fenceLine: 3, file: "chapters/01-intro.md")]
        let results = ["01-intro": ChapterResult(cells: [CellResult(figures: [figure])],
                                                 inlineValues: [], figureDirectory: directory)]
        let first = TestBook.render(book, results: results)
        let second = TestBook.render(book, results: results)
        XCTAssertEqual(first.files, second.files)
        XCTAssertEqual(first.files.map(\.path), first.files.map(\.path).sorted())
    }
}
