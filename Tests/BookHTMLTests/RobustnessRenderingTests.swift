import Foundation
import XCTest
@testable import BookCore
@testable import BookHTML

/// Rendering defects found by the red team, each pinned by a test.
final class RobustnessRenderingTests: XCTestCase {
    private func parse(_ markdown: String, path: String = "chapters/01-intro.md") -> (Chapter?, [Diagnostic]) {
        ChapterParser().parse("---\ntitle: T\n---\n" + markdown, path: path, number: 1)
    }

    func testACaptionComputedAtRunTimeCannotInjectHTML() throws {
        let figure = TestBook.figure("f", caption: "A caption with <script>alert(1)</script> and <b>bold</b> *emph*")
        let cell = TestBook.cell(0, code: "show(x)", fenceLine: 3, file: "chapters/01-intro.md")
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [Block(.cell(0), at: TestBook.at(3))],
                                       cells: [cell])
        let results = ["01-intro": ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                                  figureDirectory: try TestBook.figureDirectory([figure]))]
        let (files, _) = TestBook.render([chapter], results: results)
        let page = TestBook.text(files, "01-intro.html")
        XCTAssertFalse(page.contains("<script>alert"), "raw HTML in a caption is text")
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("<em>emph</em>"), "Markdown in captions still works")
    }

    func testDuplicateCellLabelsAreAnErrorAtTheSecondCell() {
        let (_, diagnostics) = parse("```swift\n//| label: a\n1\n```\n\n```swift\n//| label: a\n2\n```\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-intro.md:9:1: error: cell label 'a' is already used by the cell at line 4: labels "
                + "name a place on the page, so each must be unique",
        ])
    }

    func testAHeadingNeverTakesAFiguresOrCellsId() throws {
        let chapter = try XCTUnwrap(parse("## Fig curve\n\n## Cell train\n\n## Fig curve\n").0)
        let ids = chapter.blocks.compactMap { block -> String? in
            if case .heading(_, _, let id) = block.kind { return id }
            return nil
        }
        XCTAssertEqual(ids, ["fig-curve-section", "cell-train-section", "fig-curve-section-1"])
    }

    func testImagePathsWithDotSlashWorkAndOnesOutsideTheChaptersAreErrorsAtTheirLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-img-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chapters/img"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("png".utf8).write(to: root.appendingPathComponent("chapters/img/a.png"))
        let chapter = try XCTUnwrap(parse("![a](./img/a.png)\n\nText.\n\n![b](../secret.png)\n").0)
        let book = Book(title: "B", root: root.path, chapters: [chapter])
        let engine = DiagnosticEngine()
        let site = SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine)
        XCTAssertTrue(site.files.contains { $0.path == "img/a.png" }, "./ is accepted and the image copied")
        XCTAssertEqual(engine.diagnostics.map(\.description), [
            "chapters/01-intro.md:8:1: error: image '../secret.png' is outside the chapters folder, so the site "
                + "would not include it: move it next to the chapter (for example into chapters/images/) and "
                + "link it from there",
        ])
    }
}
