import XCTest
import Figures
import Neural
import NeuralPlots

/// BoundaryGrid: one boundary panel per model over shared ranges, one colour bar.
final class BoundaryGridTests: XCTestCase {
    func testPanelsShareRangesAndHideLegends() throws {
        let data = Playground.circle(count: 60, seed: 2)
        let models = try [1, 3].map { units -> Sequential in
            let model = Sequential(seed: 1) { Dense(units, .relu); Dense(1, .sigmoid) }
            _ = try model.predict(data.x)
            return model
        }
        let figure = try BoundaryGrid(models, data, titles: ["1 unit", "3 units"],
                                      resolution: 20, pointSize: 3).makeFigure()
        XCTAssertEqual(figure.panels.count, 2)
        XCTAssertEqual(figure.panels[0].x.limits, figure.panels[1].x.limits)
        XCTAssertTrue(figure.panels.allSatisfy { $0.legend == .hidden })
        XCTAssertEqual(figure.colorBar?.label, "P(class 1)")
        let sizes = figure.panels[0].items.compactMap { item -> Double? in
            if case .scatter(let series) = item { return series.size }
            return nil
        }
        XCTAssertEqual(Set(sizes), [3])
        XCTAssertThrowsError(try BoundaryGrid(models, data, titles: ["one"]).makeFigure())
    }

    /// Small multiples fill their rows: 4 models are 2 × 2, not 3 + 1.
    func testTheDefaultLayoutLeavesNoHoles() {
        XCTAssertEqual((1...9).map(BoundaryGrid.layoutColumns(for:)), [1, 2, 3, 2, 3, 3, 3, 4, 3])
    }
}
