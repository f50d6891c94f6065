import XCTest
@testable import BookHTML

/// KaTeX's stylesheet keeps only the rules and fonts the rendered formulas use.
final class KaTeXStylesheetTests: XCTestCase {
    private let css = "@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format('woff2'),"
        + "url(fonts/KaTeX_Main-Regular.woff) format('woff');font-weight:400}"
        + "@font-face{font-family:KaTeX_Fraktur;src:url(fonts/KaTeX_Fraktur-Regular.woff2) format('woff2');font-weight:400}"
        + ".katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}"
        + ".katex .mathfrak{font-family:KaTeX_Fraktur}"
        + ".katex .mord,.katex .vlist-t2{margin-right:1px}"
        + ".katex .sizing.reset-size1.size2{font-size:1.2em}"

    func testRulesAndFontsFollowTheClassesUsed() {
        let html = #"<span class="katex"><span class="mord mathnormal">x</span></span>"#
        let pruned = KaTeXStylesheet(pruning: css, toClasses: KaTeXStylesheet.classes(inHTML: html))
        XCTAssertEqual(pruned.css, "@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) "
                       + "format('woff2');font-weight:400}"
                       + ".katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}"
                       + ".katex .mord{margin-right:1px}")
        XCTAssertEqual(pruned.fonts, ["KaTeX_Main-Regular.woff2"])
    }

    func testAFontStaysWhenARuleNamingItStays() {
        let html = #"<span class="katex"><span class="mord mathfrak">g</span></span>"#
        let pruned = KaTeXStylesheet(pruning: css, toClasses: KaTeXStylesheet.classes(inHTML: html))
        XCTAssertEqual(pruned.fonts, ["KaTeX_Fraktur-Regular.woff2", "KaTeX_Main-Regular.woff2"])
        XCTAssertTrue(pruned.css.contains(".katex .mathfrak{font-family:KaTeX_Fraktur}"))
    }
}
