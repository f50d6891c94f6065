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

    /// With Node.js and Debian's KaTeX (both installed by `make`), formulas are rendered at
    /// build time: KaTeX's HTML and MathML are in the page and its script is not loaded.
    func testFormulasAreRenderedAtBuildTimeAndBadOnesAreErrorsWhereWritten() throws {
        let katex = "/usr/share/javascript/katex"
        guard MathPrerenderer.findNode() != nil, FileManager.default.fileExists(atPath: katex + "/katex.js")
        else { throw XCTSkip("needs Node.js and libjs-katex") }
        let (files, diagnostics) = TestBook.render([withMath, withoutMath], katex: katex)
        XCTAssertEqual(diagnostics, [])
        let page = TestBook.text(files, "01-intro.html")
        XCTAssertTrue(page.contains("<span class=\"math inline rendered\"><span class=\"katex\">"), page)
        XCTAssertTrue(page.contains("<math><mrow><mi>w</mi><mo>⋅</mo><mi>x</mi><mo>+</mo><mi>b</mi></mrow></math>"),
                      "MathML for screen readers, without the namespace and TeX annotation no page uses: \(page)")
        XCTAssertFalse(page.contains("katex.min.js"), "no page needs KaTeX's script")
        XCTAssertTrue(page.contains("assets/katex/katex.min.css"), "the rendered math needs its styles")
        XCTAssertFalse(files.contains { $0.path == "assets/katex/katex.min.js" })

        let broken = TestBook.chapter("03-bad", number: 3, blocks: [
            TestBook.paragraph(.text("oops "), .math("\\frac{1}{"), line: 12),
        ])
        let (_, problems) = TestBook.render([broken], katex: katex)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.description.hasPrefix(
            "chapters/01-intro.md:12:1: error: KaTeX cannot render this formula: KaTeX parse error: ") == true,
            "\(problems)")
    }

    /// A formula KaTeX rejects is an error at its own `$`, not at its paragraph.
    func testABrokenFormulaIsReportedAtItsLineAndColumn() throws {
        let katex = "/usr/share/javascript/katex"
        guard MathPrerenderer.findNode() != nil, FileManager.default.fileExists(atPath: katex + "/katex.js")
        else { throw XCTSkip("needs Node.js and libjs-katex") }
        let markdown = "---\ntitle: T\n---\n\nFine $x$ and,\nlater, broken $\\frac{1}{$ here.\n"
        let chapter = try XCTUnwrap(ChapterParser().parse(markdown, path: "chapters/01-intro.md", number: 1).0)
        let (_, problems) = TestBook.render([chapter], katex: katex)
        XCTAssertEqual(problems.map { $0.location?.description }, ["chapters/01-intro.md:6:15"], "\(problems)")
    }

    func testSubstitutionReplacesOnlyTheRenderedFormulas() {
        let formulas = [MathFormula(tex: "a<b", display: false, location: SourceLocation(file: "x.md", line: 1)),
                        MathFormula(tex: "c", display: true, location: SourceLocation(file: "x.md", line: 2))]
        let html = "<p>" + MathMarkup.inline("a<b") + " and " + MathMarkup.inline("d") + "</p>\n"
            + MathMarkup.display("c") + "\n"
        let result = MathMarkup.substitute(formulas, from: [formulas[0].key: "<b>A</b>"], in: html)
        XCTAssertEqual(result, "<p><span class=\"math inline rendered\"><b>A</b></span> and "
                       + MathMarkup.inline("d") + "</p>\n" + MathMarkup.display("c") + "\n")
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
