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
                       ["book.yml:1:1: error: chapter 'gone.md' listed in book.yml does not exist in chapters/"])
    }
}
