import XCTest
import Figures

/// The phone layout of wide figures (`Figure.narrowVariant()`).
final class NarrowVariantTests: XCTestCase {
    private func panels(_ count: Int) -> [Axes] {
        (0..<count).map { index in
            var axes = Axes(title: "panel \(index)")
            axes.line(x: [0, 1], y: [0, Double(index)])
            return axes
        }
    }

    func testAFigureThatFitsAPhoneHasNone() {
        XCTAssertNil(Figure(width: 400, height: 300, panels: panels(1)).narrowVariant())
    }

    func testARowOfHeatMapSizedPanelsIsStacked() throws {
        let wide = Figure(width: 990, height: 340, panels: panels(3), columns: 3)
        let narrow = try XCTUnwrap(wide.narrowVariant())
        XCTAssertEqual(narrow.width, Figure.narrowWidth)
        XCTAssertEqual(narrow.columns, 1)
        XCTAssertEqual(narrow.rows, 3)
        XCTAssertGreaterThan(narrow.height, wide.height, "stacked panels need more height")
        XCTAssertEqual(narrow.panels, wide.panels, "same panels, new layout")
    }

    func testSmallImagesOfAGridStaySideBySide() throws {
        let grid = Figure(width: 960, height: 400, panels: panels(24), columns: 12)
        let narrow = try XCTUnwrap(grid.narrowVariant())
        XCTAssertEqual(narrow.columns, 4)
        XCTAssertEqual(narrow.rows, 6)
    }

    func testTheNarrowLayoutDrawsWithoutErrors() throws {
        let wide = Figure(width: 990, height: 340, panels: panels(3), columns: 3)
        let backend = RecordingBackend()
        try FigureRenderer.render(try XCTUnwrap(wide.narrowVariant()), on: backend)
        XCTAssertTrue(backend.commands.contains { $0.hasPrefix("text \"panel 2\"") })
    }
}
