import XCTest
@testable import BookCore

/// `glia check` finds figure mistakes without running anything.
final class FigureReferenceCheckTests: XCTestCase {
    private func problems(_ chapters: [String]) -> [String] {
        let parsed = chapters.enumerated().compactMap { index, text in
            ChapterParser().parse("---\ntitle: C\(index)\n---\n" + text,
                                  path: "chapters/0\(index + 1).md", number: index + 1).0
        }
        return FigureReferenceCheck().problems(in: parsed).map(\.description)
    }

    func testAMisspelledReferenceIsAnErrorWithASuggestion() {
        XCTAssertEqual(problems(["As @fig-los shows.\n\n```swift\nshow(chart, name: \"loss\")\n```\n",
                                 "See @fig-loss and @fig-nothing-like-it.\n"]), [
            "chapters/01.md:4:4: error: unknown cross-reference '@fig-los': did you mean '@fig-loss'?",
            "chapters/02.md:4:19: error: unknown cross-reference '@fig-nothing-like-it'; no show(_:name:) "
                + "call in this book draws a figure named 'nothing-like-it'",
        ])
    }

    func testInvalidAndDuplicateLiteralNamesAreErrorsAtTheCall() {
        XCTAssertEqual(problems(["```swift\nshow(a, name: \"bad name\")\nshow(b, name: \"x\")\nshow(c, name: \"x\")\n```\n"]), [
            "chapters/01.md:5:9: error: figure name 'bad name' may use only letters, digits, '-' and '_' "
                + "(it becomes a file name and an anchor)",
            "chapters/01.md:7:9: error: figure name 'x' is already used at line 6: give each show(_:name:) "
                + "call its own name",
        ])
    }

    func testComputedNamesLeaveReferencesToTheBuild() {
        XCTAssertEqual(problems(["```swift\nfor i in 0..<3 { show(c, name: \"unit-\\(i)\") }\n```\n\nSee @fig-unit-1.\n"]), [])
    }
}
