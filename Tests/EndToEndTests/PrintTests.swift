import Foundation
import XCTest

/// `print.html` holds every chapter with ids that stay unique and links that stay inside the
/// page, and `glia pdf` prints it with Chromium.
final class PrintTests: XCTestCase {
    func testThePrintPageKeepsIdsUniqueAndLinksInside() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        try runner.write("chapters/01-train.md", try runner.read("chapters/01-train.md")
            + "\n## Takeaway\n\nSee [the next chapter](02-draw.html) and @fig-sigmoid.\n")
        try runner.write("chapters/02-draw.md", try runner.read("chapters/02-draw.md")
            + "\n## Takeaway\n\nBack to [the top](#takeaway).\n")
        XCTAssertEqual(try runner.build().status, 0)
        let page = try runner.read("output/print.html")
        let ids = Self.matches(##" id="([^"]+)""##, in: page)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        XCTAssertTrue(ids.contains("01-train--takeaway") && ids.contains("02-draw--takeaway"), "\(ids)")
        for target in Self.matches(##"href="#([^"]+)""##, in: page) {
            XCTAssertTrue(ids.contains(target), "link to #\(target) has no target")
        }
        XCTAssertTrue(page.contains("href=\"#02-draw\""), "a link to a chapter page stays in the page")
        XCTAssertTrue(page.contains("href=\"#02-draw--fig-sigmoid\""), "a figure reference too")
        XCTAssertTrue(try runner.read("output/index.html").contains("<a href=\"print.html\">"))
    }

    func testPdfPrintsTheBook() throws {
        guard PrintTests.hasChromium else { throw XCTSkip("needs Chromium") }
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        let run = try runner.glia(["pdf", "--name", "toy.pdf"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let pdf = try XCTUnwrap(FileManager.default.contents(atPath: runner.url("output/toy.pdf").path))
        XCTAssertEqual(pdf.prefix(5), Data("%PDF-".utf8))
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "/Type /Page\n").count
                                    + text.components(separatedBy: "/Type /Page/").count - 2, 2,
                                    "one page per chapter at least")
        XCTAssertTrue(text.contains("/Subtype /Image"), "the figure is in the PDF")
        XCTAssertNotEqual(try runner.glia(["pdf", "--name", "../escape.pdf"]).status, 0)
    }

    static var hasChromium: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
