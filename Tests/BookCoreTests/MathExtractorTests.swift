import XCTest
@testable import BookCore

final class MathExtractorTests: XCTestCase {
    func testDollarRulesFollowPandoc() {
        let extracted = MathExtractor("costs $5 and $10, but $x^2$ is math; $ x$ is not")
        XCTAssertEqual(extracted.spans, [MathExtractor.Span(tex: "x^2", display: false)])
    }

    func testCodeAndFencesKeepTheirDollars() {
        let source = "`$a$` and\n\n```\nlet s = \"$x$\"\n```\n\n$y$\n"
        let extracted = MathExtractor(source)
        XCTAssertEqual(extracted.spans, [MathExtractor.Span(tex: "y", display: false)])
        XCTAssertTrue(extracted.text.contains("`$a$`"))
        XCTAssertTrue(extracted.text.contains("\"$x$\""))
    }

    func testDisplayMathKeepsLineCount() {
        let source = "before\n\n$$\na = g(z)\n$$\n\nafter\n"
        let extracted = MathExtractor(source)
        XCTAssertEqual(extracted.spans, [MathExtractor.Span(tex: "a = g(z)", display: true)])
        XCTAssertEqual(extracted.text.filter { $0 == "\n" }.count, source.filter { $0 == "\n" }.count)
    }

    /// The source is read as bytes; characters of several bytes are copied whole, the rules
    /// that look at the character beside a `$` see it whole, and columns count characters.
    func testCharactersOfSeveralBytes() {
        let extracted = MathExtractor("é\\é 日本 $α_1$ and $\u{00A0}x$ and $y$² and 🙂 $z$\n")
        XCTAssertEqual(extracted.spans, [MathExtractor.Span(tex: "α_1", display: false),
                                         MathExtractor.Span(tex: "z", display: false)])
        XCTAssertEqual(extracted.spans.map(\.column), [8, 38])
        XCTAssertEqual(MathExtractor.restoring(extracted.text, spans: extracted.spans),
                       "é\\é 日本 $α_1$ and $\u{00A0}x$ and $y$² and 🙂 $z$\n")
    }

    /// Display math keeps its line breaks after the placeholder, counted as characters are: a
    /// caption (not normalized to `\n`) may hold `\r\n`, one character, not a `\n`.
    func testDisplayMathCountsLineBreaksAsCharacters() {
        XCTAssertEqual(MathExtractor("$$a\nb$$").text.utf8.filter { $0 == 10 }.count, 1)
        XCTAssertEqual(MathExtractor("$$a\r\nb$$").text.utf8.filter { $0 == 10 }.count, 0)
    }
}
