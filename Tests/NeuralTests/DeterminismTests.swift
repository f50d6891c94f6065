import XCTest
import Neural

final class DeterminismTests: XCTestCase {
    private func trained(seed: UInt64) throws -> [Matrix] {
        let data = Playground.spiral(count: 200, noise: 0.1, seed: 3)
        let model = Sequential(seed: seed) { Dense(6, .tanh); Dense(1, .sigmoid) }
        model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
        try model.fit(data, epochs: 3, batchSize: 16)
        return model.getWeights()
    }

    func testSameSeedGivesIdenticalWeights() throws {
        let a = try trained(seed: 11), b = try trained(seed: 11)
        XCTAssertEqual(a.map(\.data), b.map(\.data))
    }

    func testDifferentSeedGivesDifferentWeights() throws {
        XCTAssertNotEqual(try trained(seed: 11).map(\.data), try trained(seed: 12).map(\.data))
    }

    func testDatasetsAreReproducible() {
        XCTAssertEqual(Coffee.roasts(seed: 3).x, Coffee.roasts(seed: 3).x)
        XCTAssertNotEqual(Coffee.roasts(seed: 3).x, Coffee.roasts(seed: 4).x)
        XCTAssertEqual(Playground.xor(noise: 0.2, seed: 1).x, Playground.xor(noise: 0.2, seed: 1).x)
        XCTAssertEqual(TShirts.shirts(seed: 2).y, TShirts.shirts(seed: 2).y)
    }

    func testSaveAndLoadRoundTripExactly() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("neural-weights-\(ProcessInfo.processInfo.processIdentifier).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = Playground.gaussians(count: 100, seed: 1)
        let model = Sequential(seed: 5) { Dense(4, .relu); Dense(1, .sigmoid) }
        model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
        try model.fit(data, epochs: 2)
        try model.save(to: path)
        let copy = Sequential(seed: 99) { Dense(4, .relu); Dense(1, .sigmoid) }
        try copy.load(from: path)
        XCTAssertEqual(copy.getWeights(), model.getWeights())
        XCTAssertEqual(try copy.predict(data.x), try model.predict(data.x))

        let wrong = Sequential { Dense(5, .relu); Dense(1, .sigmoid) }
        XCTAssertThrowsError(try wrong.load(from: path))
    }
}
