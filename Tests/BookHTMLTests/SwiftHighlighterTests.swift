import XCTest
@testable import BookHTML

final class SwiftHighlighterTests: XCTestCase {
    func testHighlighterEscapesInsideSpans() {
        XCTAssertEqual(SwiftHighlighter.html("a < \"<b>\" // <c>\n"),
                       "a &lt; <span class=\"tok-str\">\"&lt;b&gt;\"</span> "
                        + "<span class=\"tok-com\">// &lt;c&gt;</span>")
    }
}
