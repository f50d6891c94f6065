import XCTest
@testable import Neural

/// Analytic gradients against central finite differences, for every activation in the hidden
/// layer and every loss at the output.
final class GradientCheckTests: XCTestCase {
    private let activations: [Activation] = [.linear, .sigmoid, .tanh, .relu, .leakyReLU(0.1),
                                             .softmax]

    func testBinaryCrossEntropyWithSigmoidOutput() throws {
        for activation in activations {
            try check(hidden: activation, output: .sigmoid, outputs: 1, loss: .binaryCrossEntropy)
        }
    }

    func testBinaryCrossEntropyWithTanhLikeOutputUsesUnfusedPath() throws {
        // A softmax over one unit is constant; use a two-unit softmax whose values stay in (0, 1).
        try check(hidden: .tanh, output: .softmax, outputs: 2, loss: .binaryCrossEntropy)
    }

    func testSoftmaxCrossEntropyFromLogits() throws {
        for activation in activations {
            try check(hidden: activation, output: .linear, outputs: 4, loss: .softmaxCrossEntropy)
        }
    }

    func testMeanSquaredError() throws {
        for activation in activations {
            for output in [Activation.linear, .sigmoid, .tanh, .relu, .leakyReLU(0.2), .softmax] {
                try check(hidden: activation, output: output, outputs: 3, loss: .meanSquaredError)
            }
        }
    }

    func testWideLayerUsesSimdBlocks() throws {
        // 37 inputs and 21 units exercise the SIMD blocks and their ragged tails.
        try check(hidden: .relu, output: .linear, outputs: 5, loss: .softmaxCrossEntropy,
                  inputs: 37, hiddenUnits: 21, rows: 9)
    }

    private func check(hidden: Activation, output: Activation, outputs: Int, loss: Loss,
                       inputs: Int = 3, hiddenUnits: Int = 4, rows: Int = 7,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        var rng = RNG(seed: 42)
        let x = try Matrix(rows: rows, columns: inputs,
                           data: (0..<rows * inputs).map { _ in rng.uniform(-2 ..< 2) })
        let y: Matrix
        switch loss {
        case .softmaxCrossEntropy:
            y = Matrix(column: (0..<rows).map { _ in Float(rng.int(below: outputs)) })
        case .binaryCrossEntropy:
            y = try Matrix(rows: rows, columns: outputs,
                           data: (0..<rows * outputs).map { _ in Float(rng.int(below: 2)) })
        case .meanSquaredError:
            y = try Matrix(rows: rows, columns: outputs,
                           data: (0..<rows * outputs).map { _ in rng.uniform(-1 ..< 1) })
        }
        let model = Sequential(seed: 3) {
            Dense(hiddenUnits, activation: hidden)
            Dense(outputs, activation: output)
        }
        model.compile(loss: loss, optimizer: SGD(learningRate: 0.1))
        try model.build(inputSize: inputs)
        // Non-zero biases so every path is exercised.
        for layer in model.denseLayers {
            try layer.setBias((0..<layer.units).map { _ in rng.uniform(-0.5 ..< 0.5) })
        }
        let analytic = try model.gradients(x, y).gradients
        var weights = model.getWeights()
        let h: Float = 3e-3
        let center = Double(try model.evaluate(x, y).loss)
        var checked = 0, kinks = 0
        let hasKinks = [hidden, output].contains { activation in
            if case .leakyReLU = activation { return true }
            return activation == .relu
        }
        let context = "\(hidden.name) → \(output.name), \(loss.name)"
        for t in weights.indices {
            for i in weights[t].data.indices {
                let original = weights[t].data[i]
                weights[t].data[i] = original + h
                try model.setWeights(weights)
                let plus = Double(try model.evaluate(x, y).loss)
                weights[t].data[i] = original - h
                try model.setWeights(weights)
                let minus = Double(try model.evaluate(x, y).loss)
                weights[t].data[i] = original
                let numeric = (plus - minus) / Double(2 * h)
                // A ReLU kink inside [w - h, w + h] makes the one-sided slopes disagree; the
                // derivative is not defined there, so skip (and count) such elements.
                let right = (plus - center) / Double(h), left = (center - minus) / Double(h)
                if hasKinks, abs(right - left) > 1e-3 + 0.05 * max(abs(right), abs(left)) {
                    kinks += 1
                    continue
                }
                checked += 1
                let exact = Double(analytic[t].data[i])
                let tolerance = 2e-3 + 2e-2 * max(abs(numeric), abs(exact))
                XCTAssertEqual(exact, numeric, accuracy: tolerance,
                               "\(context): tensor \(t) element \(i)", file: file, line: line)
            }
        }
        try model.setWeights(weights)
        XCTAssertLessThanOrEqual(kinks, checked / 5, "\(context): too many kinks skipped",
                                 file: file, line: line)
    }
}
