import Foundation
import XCTest

/// `glia build` weighs every page against the budgets in `book.yml`: over budget is a
/// warning at the cell that drew the figure, and a `--strict` build fails there.
final class WeightBudgetTests: XCTestCase {
    func testAFigureOverItsBudgetWarnsAndFailsAStrictBuild() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        let config = (try? runner.read("book.yml")) ?? ""
        try runner.write("book.yml", config + "\nbudgets:\n  figure: 1\n")
        let warned = try runner.build(["--weights"])
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertTrue(warned.stderr.contains("chapters/02-draw.md:9:1: warning: figure 'sigmoid': "
                                             + "sigmoid.png is "), warned.stderr)
        XCTAssertTrue(warned.stderr.contains("over the figure budget of 1 KiB"), warned.stderr)
        XCTAssertTrue(warned.stdout.contains("02-draw.html"), "the --weights table lists every page")
        XCTAssertTrue(warned.stdout.contains("phone, all figures"), warned.stdout)
        let page = try runner.read("output/02-draw.html")

        let strict = try runner.build(["--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("chapters/02-draw.md:9:1: error: figure 'sigmoid'"), strict.stderr)
        XCTAssertEqual(try runner.read("output/02-draw.html"), page, "a failed build leaves the site")
    }
}
