import XCTest
import Neural

/// `fit` reads the first layer's input rows in place (through a row table, in shuffled order)
/// while `gradients` copies them: one full-batch SGD epoch must move every weight by exactly
/// `-lr · gradient` either way, and a model that starts with a non-`Dense` layer (whose batch
/// is copied) must agree too.
final class TrainingStepTests: XCTestCase {
    func testOneFullBatchEpochFollowsTheGradient() throws {
        for (shuffle, normalised) in [(false, false), (true, false), (true, true)] {
            try checkStep(shuffle: shuffle, normalised: normalised)
        }
    }

    private func checkStep(shuffle: Bool, normalised: Bool) throws {
        var rng = RNG(seed: 9)
        // 37 inputs and 21 units reach every SIMD block and ragged tail of the kernels.
        let (rows, inputs) = (11, 37)
        let x = try Matrix(rows: rows, columns: inputs,
                           data: (0..<rows * inputs).map { _ in rng.uniform(-2 ..< 2) })
        let y = Matrix(column: (0..<rows).map { _ in Float(rng.int(below: 5)) })
        var layers: [Layer] = []
        if normalised {
            let norm = Normalization()
            try norm.adapt(x)
            layers.append(norm)
        }
        layers += [Dense(21, activation: .tanh), Dense(5)]
        let model = Sequential(layers, seed: 4)
        let rate: Float = 0.1
        model.compile(loss: .softmaxCrossEntropy, optimizer: SGD(learningRate: rate))
        try model.build(inputSize: inputs)
        let before = model.getWeights()
        let gradients = try model.gradients(x, y).gradients
        try model.fit(x, y, epochs: 1, batchSize: rows, shuffle: shuffle)
        let after = model.getWeights()
        let context = "shuffle \(shuffle), normalised \(normalised)"
        for t in before.indices {
            for i in before[t].data.indices {
                let expected = before[t].data[i] - rate * gradients[t].data[i]
                XCTAssertEqual(after[t].data[i], expected, accuracy: 1e-5,
                               "\(context): tensor \(t) element \(i)")
            }
        }
    }
}
