import XCTest
import Figures
import Neural
import NeuralPlots

/// CurveFitGrid on hand-set 1 → n → 1 ReLU networks, whose kinks are known exactly.
final class CurveFitGridTests: XCTestCase {
    func testOnePanelPerModelWithKinksAndSharedYRange() throws {
        let xs = (0...30).map { Float($0) / 10 }
        let target = xs.map(ReLUTarget.value)
        let models = [ReLUTarget.handSetModel(), ReLUTarget.handSetModel()]
        let figure = try CurveFitGrid(models, titles: ["a", "b"], x: xs, target: target)
            .makeFigure()
        XCTAssertEqual(figure.panels.count, 2)
        XCTAssertEqual(figure.panels[0].y.limits, figure.panels[1].y.limits)
        let kinks = figure.panels[0].items.compactMap { item -> Double? in
            if case .reference(let line) = item { return line.value }
            return nil
        }
        XCTAssertEqual(kinks, [1, 1, 2])
        XCTAssertEqual(figure.panels[1].legend, .hidden)
    }

    func testRejectsOtherShapesAndMismatchedTitles() throws {
        let model = Sequential(seed: 1) { Dense(3, .relu); Dense(2) }
        _ = try model.predict(Matrix([[0, 0]]))
        XCTAssertThrowsError(try CurveFitGrid([model], x: [0, 1]).makeFigure())
        XCTAssertThrowsError(try CurveFitGrid([ReLUTarget.handSetModel()], titles: ["a", "b"],
                                              x: [0, 1]).makeFigure())
        XCTAssertThrowsError(try CurveFitGrid([], x: [0, 1]).makeFigure())
    }
}
