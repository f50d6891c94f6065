import XCTest
import Figures
import Neural
import NeuralPlots

/// NeuralPlots on an untrained but built model: the plumbing from Neural to Figures, not the
/// training, is under test here.
final class NeuralPlotsTests: XCTestCase {
    func model() throws -> (Sequential, Dataset) {
        let data = Coffee.roasts(count: 40, seed: 1)
        let normalization = Normalization()
        try normalization.adapt(data.x)
        let model = Sequential(seed: 7) { normalization; Dense(3, .sigmoid); Dense(1, .sigmoid) }
        _ = try model.predict(data.x)
        return (model, data)
    }

    func render(_ plot: FigureConvertible) throws -> RecordingBackend {
        let backend = RecordingBackend()
        try FigureRenderer.render(try plot.makeFigure(), on: backend)
        return backend
    }

    func testBoundaryPlotUsesFeatureAndClassNames() throws {
        let (model, data) = try model()
        let commands = try render(BoundaryPlot(model, data, resolution: 40)).commands
        XCTAssertTrue(commands.contains { $0.hasPrefix("text \"temperature (°C)\"") })
        XCTAssertTrue(commands.contains { $0.hasPrefix("text \"P(good roast)\"") })
        XCTAssertTrue(commands.contains { $0.hasPrefix("image 40x40") })
    }

    func testNeuronGridHasOnePanelPerUnit() throws {
        let (model, data) = try model()
        let commands = try render(NeuronGrid(model, data, layer: 0, resolution: 20)).commands
        XCTAssertEqual(commands.filter { $0.hasPrefix("text \"Layer 1, unit") }.count, 3)
        XCTAssertThrowsError(try NeuronGrid(model, data, layer: 5).makeFigure())
    }

    func testDiagramAndConfusionMatrix() throws {
        let (model, data) = try model()
        let diagram = try render(NetworkDiagram(model, inputNames: ["temperature", "duration"]))
        XCTAssertTrue(diagram.commands.contains { $0.hasPrefix("text \"temperature\"") })
        let counts = try ConfusionMatrixPlot(model, data).counts()
        XCTAssertEqual(counts.flatMap { $0 }.reduce(0, +), data.count)
    }

    func testReLUDecompositionRejectsOtherShapes() throws {
        let (model, _) = try model()
        XCTAssertThrowsError(try ReLUDecomposition(model, x: [0, 1]).makeFigure())
    }
}
