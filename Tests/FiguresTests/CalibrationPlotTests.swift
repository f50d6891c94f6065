import XCTest
import Figures
import Neural
import NeuralPlots

final class CalibrationPlotTests: XCTestCase {
    func testBinsAverageWithinEqualWidthIntervals() throws {
        let bins = try CalibrationPlot.bins(probability: [0.05, 0.15, 0.12, 0.95, 1.0],
                                            labels: [0, 1, 0, 1, 1], count: 10)
        XCTAssertEqual(bins.map(\.count), [1, 2, 2])
        XCTAssertEqual(bins[1].predicted, 0.135, accuracy: 1e-12)
        XCTAssertEqual(bins[1].observed, 0.5)
        // 1.0 falls in the last bin, not past it.
        XCTAssertEqual(bins[2].predicted, 0.975, accuracy: 1e-12)
        XCTAssertEqual(bins[2].observed, 1)
    }

    func testMismatchedCountsThrow() {
        XCTAssertThrowsError(try CalibrationPlot.bins(probability: [0.5], labels: [], count: 5))
    }

    func testModelTableAndFigure() throws {
        // One hand-set sigmoid neuron p = g(x); points at x = ±3 labelled as the neuron says.
        let model = Sequential([Dense(1, .sigmoid, inputSize: 1)])
        model.denseLayers[0].weights = Matrix([[1]])
        model.denseLayers[0].bias = [0]
        let data = try Dataset(x: Matrix(column: [-3, -3, 3, 3]), y: Matrix(column: [0, 0, 1, 1]),
                               featureNames: ["x"], classNames: ["no", "yes"])
        let plot = CalibrationPlot(model, data, bins: 10)
        let table = try plot.table()
        XCTAssertEqual(table.map(\.count), [2, 2])
        XCTAssertEqual(table[0].observed, 0)
        XCTAssertEqual(table[1].observed, 1)
        XCTAssertEqual(table[1].predicted, 1 / (1 + exp(-3)), accuracy: 1e-6)
        let figure = try plot.makeFigure()
        XCTAssertEqual(figure.panels[0].x.label, "predicted P(yes)")
        XCTAssertThrowsError(try CalibrationPlot(model, data, bins: 0).table())
    }
}
