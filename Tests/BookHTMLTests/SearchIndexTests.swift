import XCTest
import BookCore
@testable import BookHTML

final class SearchIndexTests: XCTestCase {
    func testSectionsCarryTitleAnchorAndProse() {
        let expression = InlineExpression(index: 0, code: "acc", location: TestBook.at(5),
                                          afterCell: nil)
        let chapter = TestBook.chapter("02-relu", number: 2, title: "ReLU units", blocks: [
            TestBook.paragraph(.text("Opening   words,"), .softBreak, .strong([.text("bold")])),
            Block(.heading(level: 2, content: [.text("Where "), .code("max"), .text(" bends")],
                           id: "where-max-bends"), at: TestBook.at(4)),
            TestBook.paragraph(.text("Accuracy is "), .inlineValue(0), .text(" <here>.")),
            Block(.code(language: "swift", text: "hidden code"), at: TestBook.at(6)),
            Block(.list(ordered: false, start: 1, tight: true,
                        items: [ListItem([TestBook.paragraph(.text("item \"one\""))])]), at: TestBook.at(7)),
        ], inline: [expression])
        let results = ["02-relu": ChapterResult(cells: [], inlineValues: ["0.97"],
                                                figureDirectory: "/x")]
        let (files, _) = TestBook.render([chapter], results: results)
        XCTAssertEqual(TestBook.text(files, "search-index.js"), #"""
            window.gliaSearchIndex = [
            {"u":"index.html","t":"Neurons","p":"Neurons","x":"How neurons work"},
            {"u":"02-relu.html","t":"ReLU units","p":"2. ReLU units","x":"Opening words, bold"},
            {"u":"02-relu.html#where-max-bends","t":"Where max bends","p":"2. ReLU units","x":"Accuracy is 0.97 \u003chere>. item \"one\""}
            ];

            """#)
    }

    func testJSONEscapesControlCharactersAndScriptEnd() {
        XCTAssertEqual(JSON.string("a\"b\\c\n\u{1}</script>\u{2028}é"),
                       #""a\"b\\c\n\u0001\u003c/script>\u2028é""#)
    }

    /// Runs of white space (Unicode's, not only ASCII's) become one space, none at the ends.
    func testSearchTextIsCollapsedAndCounted() {
        let collapsed = SearchText.collapse("  a\n\tb\u{00A0}c\u{2028} d\r\n ")
        XCTAssertEqual(collapsed, "a b c d")
        XCTAssertEqual(SearchText.wordCount(ofCollapsed: collapsed), 4)
        XCTAssertEqual(SearchText.collapse(" \n "), "")
        XCTAssertEqual(SearchText.wordCount(ofCollapsed: ""), 0)
    }
}
