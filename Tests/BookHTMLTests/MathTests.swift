import Foundation
import XCTest
import BookCore
@testable import BookHTML

final class MathTests: XCTestCase {
    private let withMath = TestBook.chapter("01-intro", number: 1, blocks: [
        TestBook.paragraph(.text("z is "), .math("w \\cdot x + b"), line: 7),
    ])
    private let withoutMath = TestBook.chapter("02-relu", number: 2, blocks: [
        TestBook.paragraph(.text("no math")),
    ])

    /// A stand-in for Debian's libjs-katex folder.
    private func fakeKaTeX() throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-katex-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/fonts",
                                                withIntermediateDirectories: true)
        for file in ["katex.min.js", "katex.min.css", "fonts/KaTeX_Main-Regular.woff2",
                     "fonts/KaTeX_Math-Italic.woff2"] {
            try Data(file.utf8).write(to: URL(fileURLWithPath: directory + "/" + file))
        }
        return directory
    }

    func testKaTeXIsCopiedAndLoadedOnlyOnPagesWithMath() throws {
        let katex = try fakeKaTeX()
        let (files, diagnostics) = TestBook.render([withMath, withoutMath], katex: katex)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(files.filter { $0.path.hasPrefix("assets/katex/") }, [
            SiteFile(path: "assets/katex/fonts/KaTeX_Main-Regular.woff2",
                     contents: .copy(from: katex + "/fonts/KaTeX_Main-Regular.woff2")),
            SiteFile(path: "assets/katex/fonts/KaTeX_Math-Italic.woff2",
                     contents: .copy(from: katex + "/fonts/KaTeX_Math-Italic.woff2")),
            SiteFile(path: "assets/katex/katex.min.css", contents: .copy(from: katex + "/katex.min.css")),
            SiteFile(path: "assets/katex/katex.min.js", contents: .copy(from: katex + "/katex.min.js")),
        ])
        let mathPage = TestBook.text(files, "01-intro.html")
        XCTAssertTrue(mathPage.contains("<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">"))
        XCTAssertTrue(mathPage.contains("<script defer src=\"assets/katex/katex.min.js\"></script>\n"
            + "<script defer src=\"assets/glia.js\"></script>"), "KaTeX must run before glia.js")
        XCTAssertTrue(mathPage.contains("<span class=\"math inline\">w \\cdot x + b</span>"))
        XCTAssertFalse(TestBook.text(files, "02-relu.html").contains("katex"))
    }

    func testMissingKaTeXShowsTeXAndWarnsOnce() {
        let (files, diagnostics) = TestBook.render([withMath, withMath], katex: "/nonexistent/katex")
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-intro.md:7:1: warning: math is shown as TeX source: KaTeX was not found "
                + "at /nonexistent/katex (install Debian's libjs-katex)",
        ])
        XCTAssertFalse(files.contains { $0.path.hasPrefix("assets/katex") })
        let page = TestBook.text(files, "01-intro.html")
        XCTAssertFalse(page.contains("katex.min"))
        XCTAssertTrue(page.contains("<span class=\"math inline\">w \\cdot x + b</span>"))
    }

    func testNoMathNoKaTeXNoWarning() {
        let (files, diagnostics) = TestBook.render([withoutMath], katex: nil)
        XCTAssertEqual(diagnostics, [])
        XCTAssertFalse(files.contains { $0.path.hasPrefix("assets/katex") })
    }
}
