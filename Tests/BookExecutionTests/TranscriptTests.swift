import XCTest
import BookCore
import GliaProtocol
@testable import BookExecution

final class TranscriptTests: XCTestCase {
    private let channel = RuntimeChannel(token: "0123abcd")

    private func feed(_ lines: [[UInt8]], keep: Int = 1000) -> Transcript {
        var transcript = Transcript(keptBytesPerCell: keep, channel: channel)
        for line in lines { transcript.consume(line: line[...], now: Date()) }
        return transcript
    }

    private func text(_ line: String) -> [UInt8] { Array((line + "\n").utf8) }

    func testMessagesSplitOutputFiguresAndInlineValues() {
        let figure = FigureOutput(name: "f", caption: nil, alt: "a curve", width: 10, height: 5,
                                  svg: "f.svg", png: "f.png", png2x: "f@2x.png")
        let transcript = feed([
            channel.line(for: .cellStarted(index: 0)), text("hello"),
            channel.line(for: .inlineValue(index: 0, text: "3.5")),
            channel.line(for: .cellStarted(index: 1)), text("world"),
            channel.line(for: .figure(figure)),
            channel.line(for: .fileRead(path: "data/x.csv")),
            channel.line(for: .finished),
        ])
        XCTAssertEqual(transcript.outputText(of: 0), "hello\n")
        XCTAssertEqual(transcript.outputText(of: 1), "world\n")
        XCTAssertEqual(transcript.inlineValues, [0: "3.5"])
        XCTAssertEqual(transcript.cells[1]?.figures, [figure])
        XCTAssertEqual(transcript.reads, ["data/x.csv"])
        XCTAssertTrue(transcript.finished)
    }

    /// A cell that prints what looks like a message (another run's token, or none) only prints.
    func testPrintedMarkersWithoutThisRunsTokenAreOutput() {
        let forged = RuntimeChannel(token: "ffffffff").line(for: .finished)
        let transcript = feed([
            channel.line(for: .cellStarted(index: 0)), forged,
            text("\u{1}glia:done"), text("\u{1}glia-0123abcd garbage"),
        ])
        XCTAssertFalse(transcript.finished)
        XCTAssertEqual(transcript.outputText(of: 0).split(separator: "\n").count, 3)
    }

    func testOutputBeyondTheCapIsCountedNotKept() {
        let transcript = feed([channel.line(for: .cellStarted(index: 0))]
                              + Array(repeating: text("0123456789"), count: 10), keep: 33)
        XCTAssertEqual(transcript.outputText(of: 0),
                       "0123456789\n0123456789\n0123456789\n[glia: 77 bytes more output not shown]\n")
    }

    /// Every message survives the trip through a line unchanged, on both sides' one definition.
    func testEveryMessageRoundTrips() {
        let figure = FigureOutput(name: "g", caption: "A \"caption\"\nwith lines", alt: nil,
                                  width: 640, height: 480, svg: "g.svg", png: "g.png",
                                  png2x: "g@2x.png",
                                  narrow: NarrowFigure(width: 420, height: 900, png: "g-narrow.png",
                                                       png2x: "g-narrow@2x.png", rearranged: true))
        let messages: [RuntimeMessage] = [
            .cellStarted(index: 7), .figure(figure), .inlineValue(index: 2, text: "π ≈ 3.14\n\u{1}"),
            .fileRead(path: "data/a b.csv"), .callRejected(message: "bad name '\\'"), .finished,
        ]
        for message in messages {
            let line = channel.line(for: message)
            XCTAssertEqual(line.last, UInt8(ascii: "\n"))
            XCTAssertEqual(line.filter { $0 == UInt8(ascii: "\n") }.count, 1,
                           "a message is exactly one line")
            XCTAssertEqual(channel.message(in: line[...]), message)
        }
    }

    func testTokensDifferPerRun() {
        let tokens = Set((0..<20).map { _ in RuntimeChannel.makeToken() })
        XCTAssertEqual(tokens.count, 20)
        XCTAssertTrue(tokens.allSatisfy { $0.count == 32 })
    }
}
