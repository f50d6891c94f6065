import XCTest
@testable import Neural

final class ModelShapeTests: XCTestCase {
    func testParameterCounts() throws {
        let small = Sequential { Dense(3, activation: .sigmoid); Dense(1, activation: .sigmoid) }
        try small.build(inputSize: 2)
        XCTAssertEqual(small.parameterCount, 13)

        let digits = Sequential {
            Dense(25, activation: .relu, inputSize: 400)
            Dense(15, activation: .relu)
            Dense(10)
        }
        try digits.build(inputSize: 400)
        XCTAssertEqual(digits.parameterCount, 10_575)
        XCTAssertTrue(digits.summary().contains("Total params: 10575"))
    }

    func testGlorotUniformBoundsAndZeroBiases() throws {
        let model = Sequential(seed: 9) { Dense(25, activation: .relu); Dense(10) }
        try model.build(inputSize: 400)
        let limit = (6 / Float(400 + 25)).squareRoot()
        let kernel = model.denseLayers[0].weights
        XCTAssertEqual(kernel.rows, 400)
        XCTAssertEqual(kernel.columns, 25)
        XCTAssertTrue(kernel.data.allSatisfy { abs($0) <= limit })
        // The draws fill the range rather than clustering (uniform, not a narrow normal).
        XCTAssertGreaterThan(kernel.data.map(abs).max()!, 0.95 * limit)
        let mean = kernel.data.reduce(0, +) / Float(kernel.count)
        XCTAssertEqual(mean, 0, accuracy: 0.01)
        for layer in model.denseLayers { XCTAssertTrue(layer.bias.allSatisfy { $0 == 0 }) }
    }

    func testInputSizeIsInferredOnFirstPredict() throws {
        let model = Sequential { Dense(4, activation: .tanh); Dense(2) }
        XCTAssertFalse(model.isBuilt)
        let out = try model.predict(Matrix(rows: 5, columns: 3, repeating: 1))
        XCTAssertEqual(out.rows, 5)
        XCTAssertEqual(out.columns, 2)
        XCTAssertEqual(model.denseLayers[0].weights.rows, 3)
        XCTAssertEqual(model.layers.map(\.name), ["dense", "dense_1"])
    }

    func testPartialLastBatchIsKept() throws {
        // 70 rows in batches of 32: steps of 32, 32 and 6 rows, as in Keras.
        let optimizer = Adam(learningRate: 0.01)
        let model = Sequential(seed: 1) { Dense(1, activation: .sigmoid) }
        model.compile(loss: .binaryCrossEntropy, optimizer: optimizer)
        let x = Matrix(rows: 70, columns: 2, repeating: 0.5)
        let y = Matrix(column: (0..<70).map { Float($0 % 2) })
        try model.fit(x, y, epochs: 1, batchSize: 32)
        XCTAssertEqual(optimizer.step, 3)
        try model.fit(x, y, epochs: 2, batchSize: 70)
        XCTAssertEqual(optimizer.step, 5, "optimizer state carries over between fit calls")
    }

    func testActivationsGivePreActivationAndActivation() throws {
        let model = ReLUTarget.handSetModel()
        let outputs = try model.activations(Matrix([[0.5], [2.5]]))
        XCTAssertEqual(outputs.count, 2)
        XCTAssertEqual(outputs[0].preActivation.row(0), [1, -0.5, -3])
        XCTAssertEqual(outputs[0].activation.row(0), [1, 0, 0])
        XCTAssertEqual(outputs[1].activation.column(0), [1, 2.5], accuracy: 1e-6)
    }
}

func XCTAssertEqual(_ a: [Float], _ b: [Float], accuracy: Float,
                    file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "lengths differ", file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
