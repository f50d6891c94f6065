import XCTest
@testable import Neural

final class DatasetTests: XCTestCase {
    func testCoffeeMatchesTheRecipe() {
        let data = Coffee.roasts(count: 2000, seed: 1)
        XCTAssertEqual(data.x.columns, 2)
        XCTAssertTrue(data.x.column(0).allSatisfy { $0 >= 150 && $0 < 285 })
        XCTAssertTrue(data.x.column(1).allSatisfy { $0 >= 11.5 && $0 < 15.5 })
        let share = Float(data.y.data.filter { $0 == 1 }.count) / 2000
        XCTAssertEqual(share, 0.21, accuracy: 0.03)
        XCTAssertTrue(Coffee.isGood(temperature: 200, duration: 13))
        XCTAssertFalse(Coffee.isGood(temperature: 250, duration: 14))
    }

    func testDigitsAreTheRealUCISet() throws {
        let data = try Digits.load()
        XCTAssertEqual(data.count, 1797)
        XCTAssertEqual(data.x.columns, 64)
        XCTAssertEqual(data.classCounts, [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        XCTAssertEqual(data.x.data.max(), 1)
        XCTAssertEqual(try Digits.load(scaled: false).x.row(0)[2], 5)  // first image, third pixel
    }

    func testADamagedDigitsFileIsAClearError() {
        XCTAssertThrowsError(try Digits.parse("0005D9\n", path: "digits.txt")) { error in
            XCTAssertEqual("\(error)", "NeuralError: Digits: digits.txt:1: expected a label 0-9 and 64 pixels "
                           + "written 0-9 or A-G")
        }
        let line = "1" + String(repeating: "0", count: 64) + "\n"
        XCTAssertThrowsError(try Digits.parse(line, path: "d.txt")) { error in
            XCTAssertEqual("\(error)", "NeuralError: Digits: d.txt holds 1 images, expected 1797")
        }
    }

    func testSplitAndTile() {
        let data = Playground.circle(count: 100, seed: 1)
        let (train, test) = data.split(testFraction: 0.25, seed: 2)
        XCTAssertEqual(train.count, 75)
        XCTAssertEqual(test.count, 25)
        let tiled = data.tiled(times: 3)
        XCTAssertEqual(tiled.count, 300)
        XCTAssertEqual(tiled.x.row(200), data.x.row(0))
    }

    func testPlaygroundSetsAreBalancedAndLabelled() {
        for data in [Playground.circle(seed: 1), Playground.xor(seed: 1),
                     Playground.gaussians(seed: 1), Playground.spiral(seed: 1)] {
            XCTAssertEqual(data.count, 500)
            XCTAssertTrue(data.y.data.allSatisfy { $0 == 0 || $0 == 1 })
            XCTAssertEqual(data.y.data.reduce(0, +), 250, accuracy: 30)
        }
        let xor = Playground.xor(seed: 1)
        for i in 0..<xor.count {
            XCTAssertEqual(xor.y[i, 0], xor.x[i, 0] * xor.x[i, 1] >= 0 ? 1 : 0)
        }
    }

    func testParabolaAndTShirts() {
        let parabola = Parabola.data()
        XCTAssertEqual(parabola.x[0, 0], -5)
        XCTAssertEqual(parabola.x[99, 0], 4)
        XCTAssertEqual(parabola.y[0, 0], 25)
        let shirts = TShirts.shirts(count: 1000, seed: 1)
        XCTAssertEqual(shirts.featureNames.count, 4)
        let positives = shirts.y.data.reduce(0, +)
        XCTAssertGreaterThan(positives, 200)
        XCTAssertLessThan(positives, 800)
    }
}
