import XCTest
import BookCore
@testable import BookHTML

final class CellRenderingTests: XCTestCase {
    private let file = "chapters/01-intro.md"

    private func cellBlock(_ index: Int, line: Int) -> Block {
        Block(.cell(index), at: TestBook.at(line))
    }

    func testEchoOutputAndFigure() throws {
        let figure = TestBook.figure("loss")
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "print(\"a<b\")\n", fenceLine: 5, file: file) {
            $0.label = "train"
        }
        let result = ChapterResult(cells: [CellResult(output: "a<b\n", figures: [figure])],
                                   inlineValues: [], figureDirectory: directory)
        let (html, renderer) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertEqual(html, """
            <div class="cell" id="cell-train">
            <pre class="cell-code" tabindex="0"><code class="language-swift">\
            <span class=f>print</span>(<span class=s>"a&lt;b"</span>)</code></pre>
            <pre class="cell-output" tabindex="0"><samp>a&lt;b</samp></pre>
            <figure id="fig-loss" class="cell-figure">
            <picture><img src="figures/01-intro/loss.png" srcset="figures/01-intro/loss.png 1x, \
            figures/01-intro/loss@2x.png 2x" width="640" height="400" loading="lazy" \
            alt="A line rising from left to right"></picture>
            <figcaption><span class="figure-number">Figure 1.1</span>: Loss falls \
            <span class="figure-files">(<a href="figures/01-intro/loss.svg" aria-label="Figure 1.1 as SVG">SVG</a>, \
            <a href="figures/01-intro/loss@2x.png" aria-label="Figure 1.1 as PNG 2×">PNG 2×</a>)</span></figcaption>
            </figure>
            </div>

            """)
        XCTAssertEqual(renderer.files.map(\.path), [
            "figures/01-intro/loss.png", "figures/01-intro/loss@2x.png", "figures/01-intro/loss.svg",
        ])
        XCTAssertEqual(renderer.files.first?.contents, .copy(from: directory + "/loss.png"))
        XCTAssertEqual(renderer.diagnostics, [])
    }

    func testCaptionsRenderMarkdownAndMath() throws {
        let figure = TestBook.figure("fit", caption: "The fit of *y* = $x^2$ with `5` units")
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "show()", fenceLine: 5, file: file)
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: directory)
        let (html, renderer) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertTrue(html.contains("</span>: The fit of <em>y</em> = <span class=\"math inline\">x^2"
                                    + "</span> with <code>5</code> units <span"), html)
        XCTAssertNotNil(renderer.firstMath, "KaTeX is loaded for math in captions")
    }

    func testPhonesGetTheNarrowLayoutOfAWideFigure() throws {
        var figure = TestBook.figure("units")
        figure.narrow = NarrowFigure(width: 420, height: 900, png: "units-narrow.png",
                                     png2x: "units-narrow@2x.png", rearranged: true)
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "show(x)\n", fenceLine: 5, file: file)
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: directory)
        let (html, renderer) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertTrue(html.contains("""
            <picture><source media="(max-width: 40rem)" srcset="figures/01-intro/units-narrow.png 1x, \
            figures/01-intro/units-narrow@2x.png 2x" width="420" height="900">
            <img src="figures/01-intro/units.png"
            """), html)
        XCTAssertTrue(html.contains("alt=\"A line rising from left to right\"></picture>"), html)
        XCTAssertTrue(html.contains("<span class=\"narrow-note\">(On small screens the panels are "
                                    + "stacked, in reading order.)</span>"), html)
        XCTAssertEqual(renderer.files.map(\.path).filter { $0.contains("narrow") },
                       ["figures/01-intro/units-narrow.png", "figures/01-intro/units-narrow@2x.png"])
    }

    func testFiguresAreNumberedInOrderAcrossCells() throws {
        let figures = ["a", "b", "c"].map { TestBook.figure($0, caption: nil) }
        let directory = try TestBook.figureDirectory(figures)
        let cells = (0..<2).map { TestBook.cell($0, code: "show()", fenceLine: 5 + 10 * $0, file: file) }
        let result = ChapterResult(cells: [CellResult(figures: [figures[0], figures[1]]),
                                           CellResult(figures: [figures[2]])],
                                   inlineValues: [], figureDirectory: directory)
        let chapter = TestBook.chapter("03-relu", number: 3, blocks: [
            cellBlock(0, line: 5), cellBlock(1, line: 15),
        ], cells: cells)
        let (files, _) = TestBook.render([chapter], results: ["03-relu": result])
        let page = TestBook.text(files, "03-relu.html")
        for (name, number) in [("a", "3.1"), ("b", "3.2"), ("c", "3.3")] {
            XCTAssertTrue(page.contains("<figure id=\"fig-\(name)\""), name)
            XCTAssertTrue(page.contains("<span class=\"figure-number\">Figure \(number)</span> <span"),
                          "\(name) should be Figure \(number) without a caption")
        }
        XCTAssertTrue(files.contains { $0.path == "figures/03-relu/c@2x.png" })
    }

    func testHiddenCodeHiddenOutputAndExpectedError() {
        let cell = TestBook.cell(0, code: "secret()", fenceLine: 5, file: file) {
            $0.echo = false
            $0.output = false
            $0.error = true
        }
        let result = ChapterResult(cells: [CellResult(output: "noise", error: "Fatal error: x < 0\n")],
                                   inlineValues: [], figureDirectory: "/nowhere")
        let (html, _) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertEqual(html, """
            <div class="cell">
            <div class="cell-error" role="note"><p class="cell-error-title">Error (expected)</p>\
            <pre tabindex="0"><samp>Fatal error: x &lt; 0</samp></pre></div>
            </div>

            """)
    }

    func testUnevaluatedCellAndMissingResultsShowCodeOnly() {
        let skipped = TestBook.cell(0, code: "let a = 1", fenceLine: 5, file: file) { $0.eval = false }
        let result = ChapterResult(cells: [CellResult(output: "stale")], inlineValues: [],
                                   figureDirectory: "/nowhere")
        let codeOnly = """
            <div class="cell">
            <pre class="cell-code" tabindex="0"><code class="language-swift">\
            <span class=k>let</span> a = <span class=n>1</span></code></pre>
            </div>

            """
        XCTAssertEqual(TestBook.body([cellBlock(0, line: 5)], cells: [skipped], result: result).html,
                       codeOnly)
        let plain = TestBook.cell(0, code: "let a = 1", fenceLine: 5, file: file)
        XCTAssertEqual(TestBook.body([cellBlock(0, line: 5)], cells: [plain], result: nil).html,
                       codeOnly)
    }

    func testMissingAltTextIsAnErrorAtTheFence() throws {
        let figure = TestBook.figure("plain", alt: "  ")
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "show()", fenceLine: 14, file: file)
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [cellBlock(0, line: 14)],
                                       cells: [cell])
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: directory)
        let (_, diagnostics) = TestBook.render([chapter], results: ["01-intro": result])
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-intro.md:14:1: error: figure 'plain' has no alt text: "
                + "add `//| fig-alt: …` to the cell",
        ])
    }

    func testCellOptionsProvideAltAndCaption() throws {
        let figure = TestBook.figure("opt", alt: nil, caption: nil)
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "show()", fenceLine: 5, file: file) {
            $0.figAlt = "Two clusters"
            $0.figCap = "Data & labels"
        }
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: directory)
        let (html, renderer) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertTrue(html.contains("alt=\"Two clusters\""))
        XCTAssertTrue(html.contains("Figure 1.1</span>: Data &amp; labels"))
        XCTAssertEqual(renderer.diagnostics, [])
    }

    func testMissingFigureFileIsReported() {
        let figure = TestBook.figure("gone")
        let cell = TestBook.cell(0, code: "show()", fenceLine: 5, file: file)
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: "/nonexistent-glia")
        let (_, renderer) = TestBook.body([cellBlock(0, line: 5)], cells: [cell], result: result)
        XCTAssertEqual(renderer.diagnostics.first?.description,
                       "chapters/01-intro.md:5:1: error: figure file 'gone.png' of figure 'gone' "
                        + "is missing from /nonexistent-glia")
        XCTAssertEqual(renderer.files, [])
    }

    func testInlineValuesAndMissingValues() {
        let expressions = [
            InlineExpression(index: 0, code: "loss", location: TestBook.at(8), afterCell: nil),
            InlineExpression(index: 1, code: "a < b", location: TestBook.at(8), afterCell: nil),
        ]
        let block = TestBook.paragraph(.inlineValue(0), .text(" "), .inlineValue(1))
        let result = ChapterResult(cells: [], inlineValues: ["0.25 <ok>"], figureDirectory: "/x")
        XCTAssertEqual(TestBook.body([block], inline: expressions, result: result).html,
                       "<p><span class=\"inline-value\">0.25 &lt;ok&gt;</span> "
                        + "<code class=\"inline-value missing\">a &lt; b</code></p>\n")
    }
}
