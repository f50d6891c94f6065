import XCTest
import Neural

final class ErrorTests: XCTestCase {
    private func model() -> Sequential {
        let model = Sequential { Dense(3, .sigmoid); Dense(1, .sigmoid) }
        model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
        return model
    }

    private func assertMessage(_ expression: @autoclosure () throws -> some Any, contains text: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try expression(), file: file, line: line) { error in
            let message = (error as? NeuralError)?.message ?? "not a NeuralError: \(error)"
            XCTAssertTrue(message.contains(text), "\"\(message)\" lacks \"\(text)\"",
                          file: file, line: line)
        }
    }

    func testShapeMismatchesThrow() throws {
        let m = model()
        let x = Matrix(rows: 4, columns: 2), y = Matrix(rows: 4, columns: 1)
        try m.fit(x, y, epochs: 1)
        assertMessage(try m.predict(Matrix(rows: 2, columns: 3)), contains: "3 columns")
        assertMessage(try m.fit(x, Matrix(rows: 3, columns: 1), epochs: 1), contains: "3 labels")
        assertMessage(try m.fit(x, Matrix(rows: 4, columns: 2), epochs: 1), contains: "2 columns")
        assertMessage(try Matrix(rows: 2, columns: 2, data: [1, 2, 3]), contains: "2 × 2")
        assertMessage(try m.setWeights([Matrix(rows: 2, columns: 3)]), contains: "got 1 matrices")
    }

    func testBadHyperParametersThrow() {
        let x = Matrix(rows: 4, columns: 2), y = Matrix(rows: 4, columns: 1)
        assertMessage(try model().fit(x, y, epochs: 0), contains: "epochs")
        assertMessage(try model().fit(x, y, epochs: 1, batchSize: 0), contains: "batch size")
        let m = Sequential { Dense(1) }
        m.compile(loss: .meanSquaredError, optimizer: SGD(learningRate: -1))
        assertMessage(try m.fit(x, y, epochs: 1), contains: "learning rate")
        let unc = Sequential { Dense(1) }
        assertMessage(try unc.fit(x, y, epochs: 1), contains: "compile")
    }

    func testBadLabelsThrow() {
        let x = Matrix(rows: 3, columns: 2)
        assertMessage(try model().fit(x, Matrix(column: [0, 2, 1]), epochs: 1), contains: "[0, 1]")
        let m = Sequential { Dense(4, .relu); Dense(3) }
        m.compile(loss: .softmaxCrossEntropy, optimizer: Adam())
        assertMessage(try m.fit(x, Matrix(column: [0, 3, 1]), epochs: 1), contains: "0..<3")
        assertMessage(try m.fit(x, Matrix(column: [0, 1.5, 1]), epochs: 1), contains: "1.5")
        let s = Sequential { Dense(3, .softmax) }
        s.compile(loss: .softmaxCrossEntropy, optimizer: Adam())
        assertMessage(try s.fit(x, Matrix(column: [0, 1, 2]), epochs: 1), contains: "logits")
    }

    func testDivergingTrainingReportsNaN() {
        let x = Matrix(rows: 8, columns: 1, repeating: 1e4)
        let y = Matrix(column: [Float](repeating: 1, count: 8))
        let m = Sequential { Dense(4, .relu); Dense(1) }
        m.compile(loss: .meanSquaredError, optimizer: SGD(learningRate: 10))
        assertMessage(try m.fit(x, y, epochs: 20), contains: "loss became")
    }
}
