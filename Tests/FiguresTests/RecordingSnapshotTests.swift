import XCTest
import Figures

final class RecordingSnapshotTests: XCTestCase {
    /// A small figure whose drawing commands are compared line by line with a golden text.
    func snapshotFigure() -> Figure {
        var axes = Axes(title: "Two lines", xLabel: "time (minutes)", yLabel: "temperature (°C)")
        axes.line(x: [0, 5, 10], y: [150, 200, 285], label: "roast A")
        axes.line(x: [0, 5, 10], y: [160, 190, 230], label: "roast B", dash: .dashed)
        axes.scatter(x: [5], y: [200], color: Palette.orange, marker: .cross)
        axes.verticalLine(at: 7.5)
        return Figure(axes, width: 480, height: 320)
    }

    func testDrawingCommandsMatchSnapshot() throws {
        let backend = RecordingBackend()
        try FigureRenderer.render(snapshotFigure(), on: backend)
        let transcript = backend.transcript
        guard let golden = try GoldenFiles.load("recording-lines.txt",
                                                recording: Array(transcript.utf8)) else { return }
        let expected = String(decoding: golden, as: UTF8.self)
        if transcript != expected {
            let actual = transcript.split(separator: "\n")
            let wanted = expected.split(separator: "\n")
            let first = zip(actual, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actual.count, wanted.count)
            XCTFail("recording differs at command \(first): got "
                    + "\(first < actual.count ? String(actual[first]) : "<end>"), expected "
                    + "\(first < wanted.count ? String(wanted[first]) : "<end>")")
        }
    }

    func testRecordingHasExpectedStructure() throws {
        let backend = RecordingBackend()
        try FigureRenderer.render(snapshotFigure(), on: backend)
        let commands = backend.commands
        XCTAssertTrue(commands[0].hasPrefix("fill #FFFFFF M0,0"), "background first")
        XCTAssertTrue(commands.contains { $0.hasPrefix("text \"Two lines\"") && $0.contains("bold") })
        XCTAssertTrue(commands.contains { $0.hasPrefix("text \"temperature (°C)\"")
            && $0.contains("rot") }, "y label is rotated")
        XCTAssertTrue(commands.contains { $0.hasPrefix("text \"roast B\"") }, "legend shown")
        XCTAssertTrue(commands.contains { $0.contains("#E69F00") && $0.contains("dash") },
                      "second line is orange and dashed")
        XCTAssertTrue(commands.contains { $0.hasPrefix("clip ") })
        // Markers are drawn after the clipped data (on top of lines and shading).
        let restore = commands.firstIndex(of: "restore")!
        let cross = commands.lastIndex { $0.hasPrefix("stroke #E69F00 w") && !$0.contains("dash") }!
        XCTAssertGreaterThan(cross, restore)
    }

    func testLegendOnlyWhenNeeded() throws {
        var axes = Axes(xLabel: "x", yLabel: "y")
        axes.line(x: [0, 1], y: [0, 1], label: "only one")
        let backend = RecordingBackend()
        try FigureRenderer.render(Figure(axes), on: backend)
        XCTAssertFalse(backend.commands.contains { $0.hasPrefix("text \"only one\"") })
    }

    func testNeuronGridTitlesCountUnitsFromZero() throws {
        let fields = (0..<3).map { unit in
            Grid2D(columns: 8, rows: 8, xRange: 0...1, yRange: 0...1) { x, _ in
                x * Double(unit + 1) / 3
            }
        }
        let backend = RecordingBackend()
        try FigureRenderer.render(NeuronGridChart(fields: fields, range: 0...1).makeFigure(),
                                  on: backend)
        for unit in 0..<3 {
            XCTAssertTrue(backend.commands.contains { $0.hasPrefix("text \"Layer 1, unit \(unit)\"") })
        }
        XCTAssertEqual(backend.commands.filter { $0.hasPrefix("image 8x8") }.count, 3)
    }

    func testNeuronGridDrawsTheTrueBoundaryInEveryPanel() throws {
        let fields = (0..<3).map { _ in
            Grid2D(columns: 8, rows: 8, xRange: 0...1, yRange: 0...1) { x, y in x * y }
        }
        let triangle = [Point(0.2, 0.2), Point(0.8, 0.2), Point(0.2, 0.7), Point(0.2, 0.2)]
        let backend = RecordingBackend()
        let points = ClassPoints(x: [0.3, 0.9], y: [0.3, 0.9], labels: [1, 0],
                                 names: ["bad", "good"])
        try FigureRenderer.render(NeuronGridChart(fields: fields, points: points, range: 0...1,
                                                  trueBoundary: triangle).makeFigure(),
                                  on: backend)
        let dashed = backend.commands.filter { $0.hasPrefix("stroke #444444") && $0.contains("dash") }
        XCTAssertEqual(dashed.count, 4, "one dashed triangle per unit panel, and the legend swatch")
        XCTAssertTrue(backend.commands.contains { $0.hasPrefix("text \"true boundary\"") },
                      "the shared legend names it")
    }
}
