import BookCore
import Foundation
import XCTest

final class ByteSearchTests: XCTestCase {
    func testContainsBytesAgreesWithContains() {
        let texts = ["", "s", "show", "show(", "let a = show(x)", "xxshow(", "shshow(", "é show( ü",
                     "explore(", "sho w(", "publish(3, as: \"n\")", String(repeating: "s", count: 300) + "show("]
        for text in texts {
            for needle in ["show(", "explore(", "publish(", "s", "é"] {
                XCTAssertEqual(text.containsBytes(needle), text.contains(needle), "\(text) / \(needle)")
            }
        }
        XCTAssertTrue("anything".containsBytes(""))
        XCTAssertFalse("".containsBytes("a"))
    }
}
