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

    func testRowsOfSmallImagesStayWhole() throws {
        let strip = Figure(width: 480, height: 120, panels: panels(12), columns: 6)
        let narrow = try XCTUnwrap(strip.narrowVariant())
        XCTAssertEqual(narrow.columns, 6, "each row of six images stays one row")
    }

    func testAThreeByThreeGridBecomesOneColumnNotTwo() throws {
        let grid = Figure(width: 720, height: 720, panels: panels(9), columns: 3)
        XCTAssertEqual(try XCTUnwrap(grid.narrowVariant()).columns, 1,
                       "two columns would break the rows of three apart")
    }

    func testAnAuthorCanKeepTheRowsOfAGrid() throws {
        var grid = Figure(width: 720, height: 720, panels: panels(9), columns: 3)
        grid.narrowColumns = 3
        let narrow = try XCTUnwrap(grid.narrowVariant())
        XCTAssertEqual(narrow.columns, 3)
        XCTAssertEqual(narrow.rows, 3)
        XCTAssertLessThan(narrow.height, 480, "three rows of small panels: one phone screen")
        XCTAssertNil(narrow.narrowColumns)
        grid.narrowColumns = 7
        XCTAssertEqual(try XCTUnwrap(grid.narrowVariant()).columns, 3,
                       "never more columns than the figure has")
    }

    func testDiagramsCanOptOut() {
        var diagram = Figure(width: 720, height: 400, panels: panels(1))
        diagram.allowsNarrowLayout = false
        XCTAssertNil(diagram.narrowVariant())
    }

    func testTheNarrowLayoutDrawsWithoutErrors() throws {
        let wide = Figure(width: 990, height: 340, panels: panels(3), columns: 3)
        let backend = RecordingBackend()
        try FigureRenderer.render(try XCTUnwrap(wide.narrowVariant()), on: backend)
        XCTAssertTrue(backend.commands.contains { $0.hasPrefix("text \"panel 2\"") })
    }

    /// A network diagram's phone layout gives its side labels room at 420 px: the layers move
    /// closer together instead of the input names running off the left edge.
    func testANetworkDiagramIsRedrawnForAPhone() throws {
        let chart = NetworkChart(weights: [[[1, -1, 0.5], [0.2, 0.3, -0.4], [1, 1, 1], [0.5, 0.5, -1]],
                                           [[1], [-2], [0.5]]],
                                 inputNames: ["price", "shipping cost", "marketing", "material"],
                                 unitNames: [["affordability", "awareness", "perceived quality"], ["P(top seller)"]])
        let figure = try chart.makeFigure()
        let narrow = try XCTUnwrap(figure.narrowVariant())
        XCTAssertEqual(narrow.width, Figure.narrowWidth)
        let wideLimits = try XCTUnwrap(figure.panels[0].x.limits)
        let narrowLimits = try XCTUnwrap(narrow.panels[0].x.limits)
        XCTAssertEqual(wideLimits.lowerBound, -0.75, "the desktop drawing keeps its margins")
        // "shipping cost" (13 characters) and its offset need about 120 px of the 380 px plot.
        let pixelsPerLayer = 380 / (narrowLimits.upperBound - narrowLimits.lowerBound)
        XCTAssertGreaterThanOrEqual(-narrowLimits.lowerBound * pixelsPerLayer, 118)
        XCTAssertNil(narrow.narrowPanels)
    }

    /// A hidden unit's name sits right of its node, on the side its lines to the output leave
    /// free: above for a unit whose line goes down or level, below for one whose line goes up.
    /// On a phone there is no such room: the names are listed under the hidden layer.
    func testHiddenUnitNamesStayOffTheirWeightLines() throws {
        let chart = NetworkChart(weights: [[[1, -1, 0.5]], [[1], [-2], [0.5]]],
                                 inputNames: ["x"], unitNames: [["top", "middle", "bottom"], ["y"]])
        let figure = try chart.makeFigure()
        func texts(_ axes: Axes) -> [String: TextAnnotation] {
            Dictionary(axes.items.compactMap { item -> (String, TextAnnotation)? in
                if case .text(let t) = item { return (t.text, t) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
        }
        let desktop = texts(figure.panels[0])
        XCTAssertEqual(desktop["top"]?.anchor, .bottomLeft)
        XCTAssertEqual(desktop["middle"]?.anchor, .bottomLeft)
        XCTAssertEqual(desktop["bottom"]?.anchor, .topLeft)
        XCTAssertGreaterThan(try XCTUnwrap(desktop["bottom"]).offset.x, 0, "right of the node")

        let phone = texts(try XCTUnwrap(figure.narrowPanels?.first))
        XCTAssertNil(phone["top"])
        let listed = try ["0: top", "1: middle", "2: bottom"].map { try XCTUnwrap(phone[$0]) }
        XCTAssertEqual(listed.map(\.at.x), [1, 1, 1], "under the hidden layer")
        XCTAssertEqual(listed.map(\.offset.y), listed.map(\.offset.y).sorted(), "one line each, in order")
    }

    func testAnAuthorCanGiveThePhoneLayoutMoreHeight() throws {
        var figure = Figure(width: 720, height: 860, panels: panels(2), columns: 1)
        let derived = try XCTUnwrap(figure.narrowVariant()).height
        figure.narrowHeight = 760
        XCTAssertNotEqual(derived, 760)
        XCTAssertEqual(try XCTUnwrap(figure.narrowVariant()).height, 760)
        XCTAssertNil(try XCTUnwrap(figure.narrowVariant()).narrowHeight)
    }
}
