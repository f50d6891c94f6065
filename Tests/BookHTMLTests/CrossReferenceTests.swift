import XCTest
import BookCore
@testable import BookHTML

final class CrossReferenceTests: XCTestCase {
    /// Chapter 1 shows `fig-loss`; chapter 2 shows `fig-boundary` and refers to both.
    private func book(references: [(String, SourceLocation)]) throws
        -> (files: [SiteFile], diagnostics: [Diagnostic]) {
        let loss = TestBook.figure("loss"), boundary = TestBook.figure("boundary")
        let first = try TestBook.figureDirectory([loss])
        let second = try TestBook.figureDirectory([boundary])
        let one = TestBook.chapter("01-intro", number: 1,
                                   blocks: [Block(.cell(0), at: TestBook.at(4))],
                                   cells: [TestBook.cell(0, code: "show()", fenceLine: 4,
                                                         file: "chapters/01-intro.md")])
        let refs = references.map { Inline.crossReference(label: $0.0, location: $0.1) }
        let two = TestBook.chapter("02-relu", number: 2, blocks: [
            Block(.cell(0), at: TestBook.at(4, file: "chapters/02-relu.md")),
            Block(.paragraph(refs), at: TestBook.at(9, file: "chapters/02-relu.md")),
        ], cells: [TestBook.cell(0, code: "show()", fenceLine: 4, file: "chapters/02-relu.md")])
        return TestBook.render([one, two], results: [
            "01-intro": ChapterResult(cells: [CellResult(figures: [loss])], inlineValues: [],
                                      figureDirectory: first),
            "02-relu": ChapterResult(cells: [CellResult(figures: [boundary])], inlineValues: [],
                                     figureDirectory: second),
        ])
    }

    func testReferencesWithinAndAcrossChapters() throws {
        let at = TestBook.at(9, 1, file: "chapters/02-relu.md")
        let (files, diagnostics) = try book(references: [("fig-boundary", at), ("fig-loss", at)])
        XCTAssertEqual(diagnostics, [])
        let page = TestBook.text(files, "02-relu.html")
        XCTAssertTrue(page.contains("<p><a class=\"xref\" href=\"#fig-boundary\">Figure 2.1</a>"
            + "<a class=\"xref\" href=\"01-intro.html#fig-loss\">Figure 1.1</a></p>"), page)
    }

    func testUnknownLabelIsAnErrorAtItsLocation() throws {
        let at = TestBook.at(9, 17, file: "chapters/02-relu.md")
        let (files, diagnostics) = try book(references: [("fig-boundry", at)])
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/02-relu.md:9:17: error: unknown cross-reference '@fig-boundry'; "
                + "figures in this book: @fig-boundary, @fig-loss",
        ])
        XCTAssertTrue(TestBook.text(files, "02-relu.html")
            .contains("<span class=\"xref missing\">@fig-boundry</span>"))
    }

    func testUnknownLabelInABookWithoutFigures() {
        let at = TestBook.at(3, 5)
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [
            TestBook.paragraph(.crossReference(label: "fig-x", location: at)),
        ])
        XCTAssertEqual(TestBook.render([chapter]).diagnostics.map(\.description), [
            "chapters/01-intro.md:3:5: error: unknown cross-reference '@fig-x'; "
                + "this book has no figures",
        ])
    }

    func testSuggestionsAreClosestFirstAndLimited() throws {
        let names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "betas"]
        let figures = names.map { TestBook.figure($0) }
        let directory = try TestBook.figureDirectory(figures)
        let cell = TestBook.cell(0, code: "show()", fenceLine: 4, file: "chapters/01-intro.md")
        let result = ChapterResult(cells: [CellResult(figures: figures)], inlineValues: [],
                                   figureDirectory: directory)
        let catalog = FigureCatalog(
            pages: [TestBook.chapter("01-intro", number: 1, cells: [cell])],
            isFrontPage: { _ in false }, results: ["01-intro": result])
        XCTAssertEqual(catalog.knownLabels(near: "fig-bets"),
                       "figures in this book: @fig-beta, @fig-betas, @fig-zeta, @fig-delta, "
                        + "@fig-alpha, … (2 more)")
    }

    func testDuplicateFigureNamesAreReported() throws {
        let figure = TestBook.figure("same")
        let directory = try TestBook.figureDirectory([figure])
        let file = "chapters/01-intro.md"
        let cells = [TestBook.cell(0, code: "a", fenceLine: 4, file: file),
                     TestBook.cell(1, code: "b", fenceLine: 10, file: file)]
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [
            Block(.cell(0), at: TestBook.at(4)), Block(.cell(1), at: TestBook.at(10)),
        ], cells: cells)
        let result = ChapterResult(cells: [CellResult(figures: [figure]),
                                           CellResult(figures: [figure])],
                                   inlineValues: [], figureDirectory: directory)
        XCTAssertEqual(TestBook.render([chapter], results: ["01-intro": result])
            .diagnostics.map(\.description), [
                "chapters/01-intro.md:10:1: error: figure name 'same' is used twice; the first is "
                    + "at chapters/01-intro.md:4:1: give each figure its own name",
            ])
    }
}
