import XCTest
@testable import BookCore

final class BookLoaderTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters"),
                                                withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Loads the book; returns it (nil on errors) and everything reported.
    private func load() -> (Book?, [Diagnostic]) {
        let diagnostics = DiagnosticEngine()
        let book = BookLoader(root: root.path).load(reportingTo: diagnostics)
        return (book, diagnostics.diagnostics)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testChaptersLoadInFileNameOrderWithIndexApart() throws {
        try write("chapters/02-b.md", "# Second\n")
        try write("chapters/01-a.md", "---\ntitle: First\n---\n")
        try write("chapters/index.md", "---\ntitle: The Book\n---\nWelcome.\n")
        let (loaded, warnings) = load()
        let book = try XCTUnwrap(loaded)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(book.title, "The Book")
        XCTAssertEqual(book.chapters.map(\.title), ["First", "Second"])
        XCTAssertEqual(book.chapters.map(\.number), [1, 2])
        XCTAssertEqual(book.chapters.map(\.pageName), ["01-a.html", "02-b.html"])
        XCTAssertEqual(book.index?.slug, "index")
    }

    func testConfigOrderAndTitleWin() throws {
        try write("chapters/a.md", "# A\n")
        try write("chapters/b.md", "# B\n")
        try write("book.yml", "title: Configured\nchapters:\n  - b.md\n  - a.md\n")
        let book = try XCTUnwrap(load().0)
        XCTAssertEqual(book.title, "Configured")
        XCTAssertEqual(book.chapters.map(\.title), ["B", "A"])
    }

    func testEveryBrokenChapterIsReported() throws {
        try write("chapters/01-a.md", "no title here\n")
        try write("chapters/02-b.md", "# B\n\n```swift\n//| bogus: 1\n```\n")
        let (book, diagnostics) = load()
        XCTAssertNil(book)
        XCTAssertEqual(diagnostics.map { $0.location?.file }, ["chapters/01-a.md", "chapters/02-b.md"])
    }

    func testConfigListingAMissingChapterIsAnError() throws {
        try write("chapters/a.md", "# A\n")
        try write("book.yml", "chapters: [a.md, gone.md]\n")
        let (book, diagnostics) = load()
        XCTAssertNil(book)
        XCTAssertEqual(diagnostics.map(\.description),
                       ["book.yml:1:18: error: chapter 'gone.md' listed in book.yml does not exist in chapters/"])
    }

    // MARK: - located, actionable errors (robustness issue)

    private func messages() -> [String] { load().1.map(\.description) }

    func testBookConfigProblemsAreReportedAtTheirKeys() throws {
        try write("chapters/a.md", "# A\n")
        try write("book.yml", "title: Fine\nchapter:\n  - a.md\nauthor: [not, text]\n")
        let found = messages()
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found[0].hasPrefix("book.yml:2:1: error: unknown key 'chapter' in book.yml: did you mean "
                                         + "'chapters'? (known keys: 'title' (the book's title), "), found[0])
        XCTAssertTrue(found[0].contains("'edit-url' (a link with {path}, for 'Edit this page')"), found[0])
        XCTAssertEqual(found[1], "book.yml:4:9: error: 'author' must be text on the same line, such as "
                                 + "'author: A course on neurons'")
        try write("book.yml", "title: [unclosed\n")
        XCTAssertEqual(messages().first?.hasPrefix("book.yml:2:1: error: book.yml is not valid YAML: "), true,
                       "\(messages())")
    }

    func testWeightBudgetsAreReadAndCheckedAtTheirKeys() throws {
        try write("chapters/a.md", "# A\n")
        try write("book.yml", "budgets:\n  page: 200\n  phone: 2048\n")
        let (loaded, found) = load()
        XCTAssertEqual(found, [])
        let budgets = try XCTUnwrap(loaded).settings.budgets
        XCTAssertEqual([budgets.pageKiB, budgets.figureKiB, budgets.phoneKiB], [200, 500, 2048])
        try write("book.yml", "budgets:\n  figures: 300\n  page: -4\n  phone: lots\n")
        XCTAssertEqual(messages(), [
            "book.yml:2:3: error: unknown budget 'figures': did you mean 'figure'? (known: 'page' "
                + "(KiB of a page without its figures), 'figure' (KiB of any one figure image), "
                + "'phone' (KiB of a chapter fully scrolled on a phone))",
            "book.yml:3:9: error: budget 'page' must be a whole number of KiB above 0, such as 'page: 500'",
            "book.yml:4:10: error: budget 'phone' must be a whole number of KiB above 0, such as 'phone: 500'",
        ])
        try write("book.yml", "budgets: 100\n")
        XCTAssertEqual(messages().first?.hasPrefix("book.yml:1:10: error: 'budgets' must be indented "), true,
                       "\(messages())")
    }

    func testChapterListsNeedUniquePagesAndLeaveTheFrontPageOut() throws {
        try write("chapters/a.md", "# A\n")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters/part2"),
                                                withIntermediateDirectories: true)
        try write("chapters/part2/a.md", "# A again\n")
        try write("chapters/index.md", "# Home\n")
        try write("book.yml", "chapters:\n  - a.md\n  - part2/a.md\n  - index.md\n  - a.md\n  - ../book.yml\n")
        XCTAssertEqual(messages(), [
            "book.yml:3:5: error: chapter 'part2/a.md' would have the same page (a.html) as the entry at "
                + "line 2: list each chapter once, and give chapters in different folders different file names",
            "book.yml:4:5: error: 'index.md' is the front page and is read on its own: remove it from the chapters list",
            "book.yml:5:5: error: chapter 'a.md' would have the same page (a.html) as the entry at line 2: "
                + "list each chapter once, and give chapters in different folders different file names",
            "book.yml:6:5: error: chapter '../book.yml' is outside chapters/: list files inside it",
        ])
    }

    func testWindowsLineEndingsReadLikeUnixOnes() throws {
        try write("chapters/a.md", "---\r\ntitle: Crlf\r\n---\r\n\r\nText `{swift} 1 + 1` and @fig-x.\r\n")
        let book = try XCTUnwrap(load().0)
        XCTAssertEqual(book.chapters.first?.title, "Crlf")
        XCTAssertEqual(book.chapters.first?.inlineExpressions.map(\.code), ["1 + 1"])
        XCTAssertEqual(book.chapters.first?.inlineExpressions.first?.location.line, 5)
    }

    func testInvalidUTF8IsReportedAtItsFirstBadByte() throws {
        try Data("# Title\n\nCaf\u{e9} ok\nbad \u{0}".utf8.map { $0 == 0 ? 0xFF : $0 })
            .write(to: root.appendingPathComponent("chapters/a.md"))
        XCTAssertEqual(messages(), [
            "chapters/a.md:4:5: error: chapters/a.md is not valid UTF-8 text: the first bad byte (byte 0xFF) "
                + "is here; save the file as UTF-8",
        ])
    }

    func testABrokenLinkToAChapterSaysWhy() throws {
        try write("chapters/a.md", "# A\n")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("chapters/b.md").path,
                                                   withDestinationPath: "/nonexistent/b.md")
        XCTAssertEqual(messages(), [
            "glia: error: cannot read chapters/b.md: it is a symbolic link to '/nonexistent/b.md', which does not exist",
        ])
    }
}
