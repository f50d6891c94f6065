import XCTest
import Figures

/// Where legends and reference-line labels end up, read from the recording backend.
final class LegendPlacementTests: XCTestCase {
    /// The y coordinate of the first text command drawing `label`.
    private func textY(_ label: String, in commands: [String]) -> Double? {
        guard let command = commands.first(where: { $0.hasPrefix("text \"\(label)\" at ") }) else {
            return nil
        }
        let position = command.dropFirst("text \"\(label)\" at ".count).prefix { $0 != " " }
        return Double(position.split(separator: ",")[1])
    }

    func testLegendGoesUnderThePlotWhenEveryCornerHoldsData() throws {
        var axes = Axes(xLabel: "x₁", yLabel: "x₂")
        let grid = (0..<15).flatMap { i in (0..<15).map { j in (Double(i), Double(j)) } }
        axes.classes(x: grid.map(\.0), y: grid.map(\.1), labels: grid.map { Int($0.0 + $0.1) % 2 },
                     names: ["bad roast", "good roast"])
        let backend = RecordingBackend()
        try FigureRenderer.render(Figure(axes, width: 400, height: 400), on: backend)
        let legend = try XCTUnwrap(textY("bad roast", in: backend.commands))
        let axisLabel = try XCTUnwrap(textY("x₁", in: backend.commands))
        XCTAssertGreaterThan(legend, axisLabel, "legend is drawn below the x axis label")
        XCTAssertEqual(textY("good roast", in: backend.commands), legend,
                       "entries of the band share one row")
    }

    func testLegendStaysInAnEmptyCorner() throws {
        var axes = Axes(xLabel: "epoch", yLabel: "loss")
        axes.line(x: [1, 2, 3, 4], y: [1, 0.5, 0.3, 0.2], label: "training")
        axes.line(x: [1, 2, 3, 4], y: [1.1, 0.6, 0.45, 0.4], label: "held-out")
        let backend = RecordingBackend()
        try FigureRenderer.render(Figure(axes, width: 400, height: 300), on: backend)
        let legend = try XCTUnwrap(textY("training", in: backend.commands))
        let axisLabel = try XCTUnwrap(textY("epoch", in: backend.commands))
        XCTAssertLessThan(legend, axisLabel, "legend sits inside the plot, above the axis label")
    }

    func testReferenceLineLabelIsWrittenBesideTheLine() throws {
        var axes = Axes(xLabel: "x", yLabel: "z")
        axes.line(x: [0, 5], y: [-4.5, 5.5])
        axes.verticalLine(at: 2.25, label: "x = 2.25")
        let backend = RecordingBackend()
        try FigureRenderer.render(Figure(axes, width: 400, height: 300), on: backend)
        let command = try XCTUnwrap(backend.commands.first { $0.hasPrefix("text \"x = 2.25\"") },
                                    "the label is drawn even though it is the only one")
        // Right of the dotted line: the line's stroke is the only vertical polyline at its x.
        let x = Double(command.dropFirst("text \"x = 2.25\" at ".count).prefix { $0 != "," })!
        let line = try XCTUnwrap(backend.commands.first { $0.hasPrefix("stroke") && $0.contains("dash") })
        let lineX = Double(line.split(separator: " ").first { $0.hasPrefix("M") }!.dropFirst()
            .split(separator: ",")[0])!
        XCTAssertEqual(x, lineX + 4, accuracy: 0.5)
    }

    func testWideFiguresGetTextThatReadsAtTheColumnWidth() {
        let theme = Theme.light
        XCTAssertEqual(theme.fitted(toWidth: 600), theme, "a figure narrower than the column")
        let wide = theme.fitted(toWidth: 1344)
        XCTAssertEqual(wide.tickSize, theme.tickSize * 2, accuracy: 1e-9)
        XCTAssertEqual(wide.titleSize, theme.titleSize * 2, accuracy: 1e-9)
        var fixed = theme
        fixed.displayWidth = nil
        XCTAssertEqual(fixed.fitted(toWidth: 1344), fixed)
    }
}
