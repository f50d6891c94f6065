import XCTest
import Neural

/// Real training runs from the lessons; each asserts an outcome that a wrong gradient, a wrong
/// optimizer or a wrong batch loop would miss.
final class TrainingTests: XCTestCase {
    /// The course recipe in full: 200 roasts, normalised, tiled 1000 times (200 000 rows),
    /// 2-3-1 sigmoid, binary cross-entropy, Adam 0.01, batch 32, 10 epochs. The course trains on
    /// one fixed data set, so the data is drawn once (seed 2, as in chapters/03-coffee.md) and
    /// the seed that varies is the model's (initialisation and shuffling): every one reaches
    /// 100 %, with the loss near 0.2 after one epoch and about 0.001 after ten.
    ///
    /// Why not vary the data seed too: data seeds 1 and 4 draw a roast about 0.01 min or 0.4 °C
    /// from the true triangle (216.9 °C / 11.99 min, 175.4 °C / 13.99 min). Ten epochs leave such
    /// a roast on the wrong side for some model seeds (99.5 %); twenty epochs fix it. That is
    /// the length of the recipe, not a fault in the optimizer.
    func testCoffeeRecipeReachesFullTrainingAccuracyForEveryModelSeed() throws {
        let data = Coffee.roasts(count: 200, seed: 2)
        let norm = Normalization()
        try norm.adapt(data.x)
        let x = try norm(data.x)
        let tiled = try Dataset(x: x, y: data.y, featureNames: data.featureNames)
            .tiled(times: 1000)
        for seed: UInt64 in 1...5 {
            let model = Sequential(seed: seed) {
                Dense(3, activation: .sigmoid)
                Dense(1, activation: .sigmoid)
            }
            model.compile(loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01))
            let history = try model.fit(tiled.x, tiled.y, epochs: 10)
            XCTAssertEqual(try model.evaluate(x, data.y).accuracy, 1, "model seed \(seed)")
            XCTAssertLessThan(history.loss.first!, 0.3, "model seed \(seed)")
            XCTAssertLessThan(history.loss.last!, 0.005, "model seed \(seed)")
        }
    }

    func testCoffeeWithoutTilingIsUndertrained() throws {
        let data = Coffee.roasts(count: 200, seed: 1)
        let norm = Normalization()
        try norm.adapt(data.x)
        let model = Sequential(seed: 1) { Dense(3, .sigmoid); Dense(1, .sigmoid) }
        model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
        let history = try model.fit(try norm(data.x), data.y, epochs: 10)
        XCTAssertGreaterThan(history.loss.last!, 0.3, "70 steps are far too few")
    }

    func testLinearHiddenLayersStayNearChanceOnCircleAndXor() throws {
        for data in [Playground.circle(seed: 4), Playground.xor(seed: 4)] {
            let model = Sequential(seed: 2) {
                Dense(8, activation: .linear)
                Dense(8, activation: .linear)
                Dense(1, activation: .sigmoid)
            }
            model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
            let history = try model.fit(data, epochs: 60)
            XCTAssertLessThan(history.accuracy.last!, 0.7)
        }
    }

    func testThreeNonlinearUnitsSolveCircle() throws {
        let data = Playground.circle(seed: 4)
        for activation in [Activation.relu, .tanh] {
            let model = Sequential(seed: 2) {
                Dense(3, activation: activation)
                Dense(1, activation: .sigmoid)
            }
            model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.03))
            try model.fit(data, epochs: 200)
            XCTAssertGreaterThanOrEqual(try model.evaluate(data).accuracy, 0.97, activation.name)
        }
    }

    func testDigitsNetworkLearnsRealDigits() throws {
        let (train, test) = try Digits.load().split(testFraction: 0.2, seed: 1)
        let model = Sequential(seed: 1) {
            Dense(25, activation: .relu)
            Dense(15, activation: .relu)
            Dense(10)
        }
        model.compile(loss: .softmaxCrossEntropy, optimizer: Adam(0.001))
        let history = try model.fit(train, epochs: 40, validation: test)
        XCTAssertGreaterThan(history.validationAccuracy.last!, 0.9)
        XCTAssertEqual(history.validationLoss.count, 40)
    }

    func testParabolaFitsWithFiveReLUs() throws {
        let data = Parabola.data()
        let model = Sequential(seed: 1) { Dense(5, activation: .relu); Dense(1) }
        model.compile(loss: .meanSquaredError, optimizer: Adam(0.01))
        let history = try model.fit(data, epochs: 2000, batchSize: 100, shuffle: false)
        XCTAssertLessThan(history.loss.last!, history.loss.first! / 10)
        XCTAssertTrue(history.accuracy.isEmpty)
    }
}
