import BookCore
import Foundation
import XCTest
@testable import BookHTML

/// glia serve keeps the last render's parts: what it renders with them must be what a fresh
/// render gives, through edits of prose, figures and cross-references.
final class RenderMemoTests: XCTestCase {
    private let figures = [TestBook.figure("rise"), TestBook.figure("fall"), TestBook.figure("first")]
    private var folder = ""

    override func setUpWithError() throws {
        folder = try TestBook.figureDirectory(figures)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func book(intro: String, riseLine: Int, figureBeforeFall: Bool = false) throws
        -> (chapters: [Chapter], results: [String: ChapterResult]) {
        let introFile = "chapters/01-intro.md", nextFile = "chapters/02-next.md"
        let intro = TestBook.chapter("01-intro", number: 1, blocks: [
            TestBook.paragraph(.text(intro), .crossReference(label: "fig-fall", location: TestBook.at(3))),
        ], cells: [TestBook.cell(0, code: "show(rise)", fenceLine: riseLine, file: introFile)])
        let next = TestBook.chapter("02-next", number: 2, blocks: [
            TestBook.paragraph(.text("See "), .crossReference(label: "fig-rise", location: TestBook.at(3, file: nextFile))),
        ], cells: [TestBook.cell(0, code: "show(fall)", fenceLine: 9, file: nextFile)])
        let first = figures[2]
        return ([intro, next], [
            "01-intro": ChapterResult(cells: [CellResult(output: "", figures: [figures[0]])], inlineValues: [],
                                      figureDirectory: folder),
            "02-next": ChapterResult(cells: [CellResult(output: "", figures: (figureBeforeFall ? [first] : [])
                                                                        + [figures[1]])],
                                     inlineValues: [], figureDirectory: folder),
        ])
    }

    func testRenderingWithTheMemoGivesWhatAFreshRenderGives() throws {
        let memo = RenderMemo()
        let edits = [
            try book(intro: "A rising line.", riseLine: 5),
            try book(intro: "A rising line, described at more length.", riseLine: 5),  // prose
            try book(intro: "A rising line, described at more length.", riseLine: 7),  // the cell moved
            try book(intro: "A rising line, described at more length.", riseLine: 7,
                     figureBeforeFall: true),  // only the other chapter's figures
            try book(intro: "A rising line, described at more length.", riseLine: 7,
                     figureBeforeFall: true),  // nothing
        ]
        for (step, edit) in edits.enumerated() {
            let fresh = TestBook.render(edit.chapters, results: edit.results)
            let memoized = TestBook.render(edit.chapters, results: edit.results, memo: memo)
            XCTAssertEqual(memoized.files, fresh.files, "step \(step)")
            XCTAssertEqual(memoized.diagnostics, fresh.diagnostics, "step \(step)")
        }
        let renumbered = TestBook.text(TestBook.render(edits[3].chapters, results: edits[3].results, memo: memo).files,
                                       "01-intro.html")
        XCTAssertTrue(renumbered.contains("Figure 2.2</a>"), "the reference follows the other chapter's numbering")
    }

    /// A page depends on files too: an image the chapter links, added while glia serve runs,
    /// must reach the page and end the warning, as a fresh render would.
    func testAnImageAddedSinceIsNotMissedByTheMemo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-memo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/chapters", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [
            TestBook.paragraph(.image(url: "plot.png", title: "", alt: [.text("A plot")])),
        ])
        let memo = RenderMemo()
        func render(memo: RenderMemo?) -> (files: [SiteFile], diagnostics: [Diagnostic]) {
            var options = SiteOptions()
            options.katexDirectory = nil
            options.memo = memo
            let book = Book(title: "Neurons", description: nil, root: root, index: nil, chapters: [chapter])
            let diagnostics = DiagnosticEngine()
            let site = SiteRenderer(book: book, results: [:], options: options).render(reportingTo: diagnostics)
            return (site.files, diagnostics.diagnostics)
        }
        let before = render(memo: memo)
        XCTAssertTrue(before.diagnostics.contains { $0.message.contains("image 'plot.png' not found") })
        try Data("png".utf8).write(to: URL(fileURLWithPath: root + "/chapters/plot.png"))
        let after = render(memo: memo)
        XCTAssertEqual(after.files, render(memo: nil).files)
        XCTAssertFalse(after.diagnostics.contains { $0.message.contains("not found") }, "\(after.diagnostics)")
        XCTAssertTrue(after.files.contains { $0.path == "plot.png" })
    }
}
