import XCTest
@testable import BookCore

/// Chapters remembered between builds of one process are reused only for the same text.
final class ParsedChaptersTests: XCTestCase {
    func testAnEditedChapterIsParsedAgainAndAnUnchangedOneIsReused() {
        let memory = ParsedChapters()
        let first = memory.parse("# One\n\nText $x$.\n", path: "chapters/01-a.md", number: 1).0
        XCTAssertEqual(first?.title, "One")
        XCTAssertEqual(memory.parse("# Two\n", path: "chapters/01-a.md", number: 1).0?.title, "Two")
        XCTAssertEqual(memory.parse("# Two\n", path: "chapters/01-a.md", number: 2).0?.number, 2,
                       "the number is part of what is remembered")
        let again = memory.parse("# One\n\nText $x$.\n", path: "chapters/01-a.md", number: 1).0
        XCTAssertEqual(again?.title, "One")
        XCTAssertEqual(again?.formulaPlaces["x"]?.first?.column, 6)
    }
}
