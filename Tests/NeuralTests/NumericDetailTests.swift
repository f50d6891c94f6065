import XCTest
@testable import Neural

final class NumericDetailTests: XCTestCase {
    func testNormalizationUsesPopulationVariance() throws {
        let norm = Normalization()
        try norm.adapt(Matrix([[1, 10], [2, 10], [3, 10], [4, 10]]))
        XCTAssertEqual(norm.mean, [2.5, 10])
        XCTAssertEqual(norm.variance[0], 1.25, accuracy: 1e-6)  // n - 1 would give 1.6667
        XCTAssertEqual(norm.variance[1], 0)
        let out = try norm(Matrix([[4, 10]]))
        XCTAssertEqual(out[0, 0], 1.5 / Float(1.25).squareRoot(), accuracy: 1e-5)
        XCTAssertEqual(out[0, 1], 0, "a constant feature maps to 0, not NaN")
    }

    func testAdamDefaultsMatchKeras() {
        let adam = Adam()
        XCTAssertEqual(adam.epsilon, 1e-7)
        XCTAssertEqual(adam.learningRate, 0.001)
        XCTAssertEqual(adam.beta1, 0.9)
        XCTAssertEqual(adam.beta2, 0.999)
    }

    func testAdamFirstStepMovesByLearningRate() throws {
        // With bias correction the first step is lr · g/(|g| + ε) ≈ lr · sign(g).
        let parameter = Parameter(name: "p", count: 9)
        for i in 0..<9 { parameter.gradient[i] = Float(i) - 4 }
        let adam = Adam(learningRate: 0.5)
        try adam.prepare([parameter])
        adam.update([parameter])
        for i in 0..<9 {
            let g = Float(i) - 4
            XCTAssertEqual(parameter.value[i], g == 0 ? 0 : -0.5 * (g > 0 ? 1 : -1), accuracy: 1e-5)
        }
    }

    func testSGDWithMomentum() throws {
        let parameter = Parameter(name: "p", count: 1)
        parameter.gradient[0] = 1
        let sgd = SGD(learningRate: 0.1, momentum: 0.9)
        try sgd.prepare([parameter])
        sgd.update([parameter])
        sgd.update([parameter])
        XCTAssertEqual(parameter.value[0], -0.1 - 0.19, accuracy: 1e-6)
    }

    func testHandSetReLUUnitsReproduceTheTarget() throws {
        let data = ReLUTarget.data(count: 31)
        let model = ReLUTarget.handSetModel()
        let prediction = try model.predict(data.x)
        XCTAssertEqual(prediction.data, data.y.data, accuracy: 1e-5)
        model.compile(loss: .meanSquaredError, optimizer: SGD(0.01))
        let result = try model.evaluate(data)
        XCTAssertEqual(result.loss, 0, accuracy: 1e-9)
        XCTAssertTrue(result.accuracy.isNaN, "regression reports no accuracy")
    }

    func testRNGIsReproducibleAndUniform() {
        var a = RNG(seed: 5), b = RNG(seed: 5)
        XCTAssertEqual((0..<5).map { _ in a.next() }, (0..<5).map { _ in b.next() })
        var rng = RNG(seed: 1)
        let draws = (0..<20_000).map { _ in rng.uniform(-1 ..< 3) }
        XCTAssertTrue(draws.allSatisfy { $0 >= -1 && $0 < 3 })
        XCTAssertEqual(draws.reduce(0, +) / 20_000, 1, accuracy: 0.03)
        let normals = (0..<20_000).map { _ in rng.normal(mean: 2, std: 3) }
        let mean = normals.reduce(0, +) / 20_000
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 20_000
        XCTAssertEqual(mean, 2, accuracy: 0.1)
        XCTAssertEqual(variance.squareRoot(), 3, accuracy: 0.1)
    }
}
