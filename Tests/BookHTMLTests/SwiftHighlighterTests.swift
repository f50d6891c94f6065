import XCTest
@testable import BookHTML

final class SwiftHighlighterTests: XCTestCase {
    func testHighlighterEscapesInsideSpans() {
        XCTAssertEqual(SwiftHighlighter.html("a < \"<b>\" // <c>\n"),
                       "a &lt; <span class=s>\"&lt;b&gt;\"</span> "
                        + "<span class=c>// &lt;c&gt;</span>")
    }
}
