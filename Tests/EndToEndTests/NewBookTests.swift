import Foundation
import XCTest

/// `glia new` writes a book that builds at once, and never writes over an author's files.
final class NewBookTests: XCTestCase {
    func testANewBookBuildsAtOnce() throws {
        let runner = try GliaRunner(files: [:])
        defer { runner.remove() }
        let created = try runner.glia(["new", runner.url("course").path, "--title", "Neurons \"101\""], root: false)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("glia serve --root"), created.stdout)
        let build = try runner.glia(["build", "--root", runner.url("course").path], root: false)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(build.stdout.contains("(1 ran, 0 reused)"), build.stdout)
        let page = try runner.read("course/output/01-first-network.html")
        XCTAssertTrue(page.contains("figures/01-first-network/boundary.png"))
        XCTAssertTrue(page.contains("figures/01-first-network/loss.png"))
        XCTAssertTrue(page.contains("class=\"inline-value\""), "a value quoted inline")
        XCTAssertTrue(page.contains("class=\"xref\" href=\"#fig-boundary\">Figure 1.2</a>"))
        XCTAssertTrue(try runner.read("course/output/index.html").contains("Neurons &#39;101&#39;")
                      || runner.read("course/output/index.html").contains("Neurons '101'"))
    }

    func testANonEmptyFolderIsRefusedAndNothingIsOverwritten() throws {
        let runner = try GliaRunner(files: ["mine/book.yml": "title: Mine\n"])
        defer { runner.remove() }
        let refused = try runner.glia(["new", runner.url("mine").path], root: false)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("is not empty"), refused.stderr)
        let forced = try runner.glia(["new", runner.url("mine").path, "--force"], root: false)
        XCTAssertNotEqual(forced.status, 0, "book.yml exists: nothing is overwritten")
        XCTAssertEqual(try runner.read("mine/book.yml"), "title: Mine\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url("mine/chapters").path))
    }
}
