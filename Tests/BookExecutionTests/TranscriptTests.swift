import XCTest
import BookCore
@testable import BookExecution

final class TranscriptTests: XCTestCase {
    private func feed(_ text: String, keep: Int = 1000) -> Transcript {
        var transcript = Transcript(keptBytesPerCell: keep)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            transcript.consume(line: Array((line + "\n").utf8)[...], now: Date())
        }
        return transcript
    }

    func testMarkersSplitOutputFiguresAndInlineValues() {
        let p = RuntimeProtocol.prefix
        let transcript = feed("""
        \(p)cell 0
        hello
        \(p)inline 0 "3.5"
        \(p)cell 1
        world
        \(p)figure {"name":"f","width":10,"height":5,"svg":"f.svg","png":"f.png","png2x":"f@2x.png"}
        \(p)read data/x.csv
        \(p)done

        """)
        XCTAssertEqual(transcript.outputText(of: 0), "hello\n")
        XCTAssertEqual(transcript.outputText(of: 1), "world\n")
        XCTAssertEqual(transcript.inlineValues, [0: "3.5"])
        XCTAssertEqual(transcript.cells[1]?.figures.map(\.name), ["f"])
        XCTAssertEqual(transcript.reads, ["data/x.csv"])
        XCTAssertTrue(transcript.finished)
    }

    func testOutputBeyondTheCapIsCountedNotKept() {
        let p = RuntimeProtocol.prefix
        let transcript = feed("\(p)cell 0\n" + String(repeating: "0123456789\n", count: 10), keep: 33)
        XCTAssertEqual(transcript.outputText(of: 0),
                       "0123456789\n0123456789\n0123456789\n[glia: 77 bytes more output not shown]\n")
    }
}
