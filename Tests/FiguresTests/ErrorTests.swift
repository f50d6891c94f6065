import XCTest
import CairoFigures
@testable import Figures

final class ErrorTests: XCTestCase {
    func assertFigureError(_ body: () throws -> Any, contains text: String,
                           line: UInt = #line) {
        XCTAssertThrowsError(try body(), line: line) { error in
            guard let error = error as? FigureError else {
                return XCTFail("expected FigureError, got \(error)", line: line)
            }
            XCTAssertTrue(error.message.contains(text), "message: \(error.message)", line: line)
        }
    }

    func testNaNData() {
        let chart = LineChart(x: [0, 1, 2], y: [0, .nan, 2])
        assertFigureError({ try chart.makeFigure().pngData() }, contains: "non-finite value nan at index 1")
    }

    /// Finite data whose span overflows a Double must be an error, not a spin until timeout.
    func testDataWiderThanADoubleIsAnError() {
        assertFigureError({ try LineChart(x: [0, 1], y: [-1e308, 1e308]).makeFigure().pngData() },
                          contains: "wider than a number can hold")
        XCTAssertEqual(NiceTicks.linear(-1e308...1e308, maxCount: 5).count, 0)
    }

    func testEmptyData() {
        assertFigureError({ try LineChart(x: [], y: []).makeFigure().pngData() }, contains: "is empty")
        assertFigureError({ try Figure(panels: []).pngData() }, contains: "no panels")
    }

    func testZeroSizeFigure() {
        var figure = Figure(Axes(items: [.line(LineSeries(x: [0, 1], y: [0, 1]))]))
        figure.width = 0
        assertFigureError({ try figure.pngData() }, contains: "figure size 0×400")
        assertFigureError({ try figure.svgData() }, contains: "figure size")
    }

    func testMismatchedLengths() {
        assertFigureError({ try LineChart(x: [0, 1, 2], y: [0, 1]).makeFigure().pngData() },
                          contains: "x has 3 values but y has 2")
        let points = ClassPoints(x: [1, 2], y: [1, 2], labels: [0])
        assertFigureError({ try ScatterChart(points: points).makeFigure() },
                          contains: "2 points but 1 labels")
    }

    func testBadGridAndLogAxis() {
        let grid = Grid2D(columns: 3, rows: 2, xRange: 0...1, yRange: 0...1, values: [1, 2])
        assertFigureError({ try HeatMapChart(grid: grid).makeFigure() }, contains: "needs 6 values")
        let loss = LineChart(series: [LineSeries(x: [1, 2], y: [0.5, -1])], logY: true)
        assertFigureError({ try loss.makeFigure().pngData() }, contains: "log axis needs positive")
    }

    func testTooSmallPanelIsAnErrorNotAnEmptyImage() {
        let figure = Figure(LineChart(x: [0, 1], y: [0, 1], xLabel: "x", yLabel: "y")
                                .series.map { Axes(items: [.line($0)]) }[0], width: 30, height: 30)
        assertFigureError({ try figure.pngData() }, contains: "too small")
    }
}
