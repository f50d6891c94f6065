import Foundation
import XCTest

/// The API reference in a book's site: made from the compiler's symbol graphs of the runtime
/// glia really uses, linked from chapter code, and left out when the book says so.
final class ReferenceTests: XCTestCase {
    private var runner: GliaRunner!

    override func setUpWithError() throws {
        runner = try GliaRunner(fixture: "toy-book")
    }

    override func tearDown() {
        runner?.remove()
    }

    func testTheSiteHasReferencePagesAndCodeLinksToThem() throws {
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains(" public symbols, "), run.stdout)

        let index = try runner.read("output/reference.html")
        XCTAssertTrue(index.contains("<h1>API reference</h1>"))
        for module in ["NotebookRuntime", "Neural", "Figures", "NeuralPlots"] {
            XCTAssertTrue(index.contains("<h2 id=\"\(module.lowercased())\">\(module)</h2>"), module)
        }
        // A type's page: its declaration, its documentation from the `///` comment, its members,
        // and links from its declarations to the types they use.
        let chart = try runner.read("output/reference-Figures-LineChart.html")
        XCTAssertTrue(chart.contains("One or more lines over a shared x axis"), "the type's doc comment")
        XCTAssertTrue(chart.contains("<span class=k>struct</span> LineChart"))
        XCTAssertTrue(chart.contains("id=\"init-x-y-title-xlabel-ylabel-dash\""))
        XCTAssertTrue(chart.contains("<a href=\"reference-Figures-LineSeries.html\">LineSeries</a>"))
        XCTAssertTrue(chart.contains("<a href=\"reference.html\" aria-current=\"page\">API reference</a>")
                      || chart.contains("aria-current=\"page\">API reference</a>"))

        // Names in highlighted chapter code link to their entries.
        let page = try runner.read("output/02-draw.html")
        XCTAssertTrue(page.contains("<a class=\"t api-link\" href=\"reference-Figures-LineChart.html\">LineChart</a>"))
        XCTAssertTrue(page.contains("<a class=\"f api-link\" href=\"reference-NotebookRuntime.html#show-"))
        XCTAssertTrue(page.contains(">API reference</a>"), "the sidebar links the reference")
        XCTAssertTrue(try runner.read("output/search-index.js").contains("reference-Figures-LineChart.html"),
                      "search finds reference pages")
    }

    func testABookCanLeaveTheReferenceOut() throws {
        try runner.write("book.yml", "title: Toy\nreference: false\n")
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url("output/reference.html").path))
        XCTAssertFalse(try runner.read("output/02-draw.html").contains("api-link"))
        try runner.write("book.yml", "title: Toy\nreference: maybe\n")
        XCTAssertTrue(try runner.build().stderr.contains("book.yml:2:12: error: 'reference' must be true or false"))
    }
}
