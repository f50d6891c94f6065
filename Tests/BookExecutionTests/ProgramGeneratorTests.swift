import XCTest
import BookCore
@testable import BookExecution

final class ProgramGeneratorTests: XCTestCase {
    private func chapter(_ source: String) throws -> Chapter {
        let (chapter, diagnostics) = ChapterParser().parse(source, path: "chapters/01-x.md", number: 1)
        XCTAssertEqual(diagnostics.filter(\.isError), [])
        return try XCTUnwrap(chapter)
    }

    func testCellsCarryTheirMarkdownLinesAndInlineValuesTheirColumns() throws {
        let parsed = try chapter("# X\n\n```swift\n//| label: a\nlet a = 1\n```\n\nValue: `{swift} a + 1`.\n")
        let lines = ProgramGenerator(chapter: parsed, skippedCells: []).source()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let directive = try XCTUnwrap(lines.firstIndex(of: "#sourceLocation(file: \"chapters/01-x.md\", line: 4)"))
        XCTAssertEqual(lines[directive - 1], "_GliaSession.cell(0)")
        XCTAssertEqual(lines[directive + 1], "//| label: a")
        XCTAssertEqual(lines[directive + 2], "let a = 1")
        XCTAssertEqual(lines[directive + 3], "#sourceLocation()")
        // The inline expression sits on line 8, column 17, after a directive naming line 7.
        let inline = try XCTUnwrap(lines.firstIndex(of: "_GliaSession.inline(0,"))
        XCTAssertEqual(lines[inline - 1], "#sourceLocation(file: \"chapters/01-x.md\", line: 7)")
        XCTAssertEqual(lines[inline + 1], String(repeating: " ", count: 16) + "a + 1")
    }

    func testSkippedAndUnevaluatedCellsKeepTheirMarkersOnly() throws {
        let parsed = try chapter("# X\n\n```swift\n//| eval: false\nboom()\n```\n\n```swift\nfail()\n```\n")
        let source = ProgramGenerator(chapter: parsed, skippedCells: [1]).source()
        XCTAssertTrue(source.contains("_GliaSession.cell(0)"))
        XCTAssertTrue(source.contains("_GliaSession.cell(1)"))
        XCTAssertFalse(source.contains("boom()"))
        XCTAssertFalse(source.contains("fail()"))
    }
}
