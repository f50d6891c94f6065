import Foundation
import XCTest
@testable import Neural

/// A trained model survives being stored as a value and read back (how chapters hand models
/// to each other): same layers, activations, weights, normalisation, and predictions.
final class ModelCodingTests: XCTestCase {
    func testAModelDecodesToTheSameModel() throws {
        let x = try Matrix(rows: 4, columns: 2, data: [0, 0, 1, 0, 0, 1, 1, 1])
        let y = try Matrix(rows: 4, columns: 1, data: [0, 1, 1, 0])
        let normalize = Normalization()
        try normalize.adapt(x)
        let model = Sequential([normalize, Dense(4, .leakyReLU(0.1)), Dense(1, .sigmoid)], seed: 7)
        model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.05))
        _ = try model.fit(x, y, epochs: 20)

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(model)
        let copy = try JSONDecoder().decode(Sequential.self, from: data)
        XCTAssertEqual(try copy.predict(x), try model.predict(x))
        XCTAssertEqual(copy.getWeights(), model.getWeights())
        XCTAssertEqual(String(decoding: try encoder.encode(copy), as: UTF8.self), String(decoding: data, as: UTF8.self),
                       "encoding is stable")
    }

    func testAnUnknownActivationIsAClearError() throws {
        let text = #"{"format":"glia-neural-weights-1","layers":[{"kind":"dense","name":"d","units":1,"activation":"swish"}]}"#
        XCTAssertThrowsError(try JSONDecoder().decode(Sequential.self, from: Data(text.utf8))) { error in
            XCTAssertTrue("\(error)".contains("a dense layer needs units and a known activation"), "\(error)")
        }
    }
}
