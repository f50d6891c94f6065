import XCTest
@testable import BookHTML

final class HTMLEscapeTests: XCTestCase {
    func testTextEscapesMarkupButNotQuotes() {
        XCTAssertEqual(HTML.text(#"a < b && c > "d" 'e'"#), #"a &lt; b &amp;&amp; c &gt; "d" 'e'"#)
    }

    func testAttributeEscapesQuotes() {
        XCTAssertEqual(HTML.attribute(#"x" onclick='y' <&>"#),
                       "x&quot; onclick=&#39;y&#39; &lt;&amp;&gt;")
    }

    func testPlainStringsAndUnicodeAreUnchanged() {
        XCTAssertEqual(HTML.text("σ(z) = 1 / (1 + e⁻ᶻ) 🙂"), "σ(z) = 1 / (1 + e⁻ᶻ) 🙂")
        XCTAssertEqual(HTML.text("é<🙂"), "é&lt;🙂")
    }

    func testControlCharactersBecomeVisiblePictures() {
        XCTAssertEqual(HTML.text("a\u{0}b\u{7}c\u{1B}[31mred\u{7F}\tok\n"), "a␀b␇c␛[31mred␡\tok\n")
        XCTAssertEqual(HTML.attribute("x\u{1}y"), "x␁y")
    }
}
