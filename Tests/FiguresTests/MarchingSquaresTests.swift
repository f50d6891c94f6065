import XCTest
@testable import Figures

final class MarchingSquaresTests: XCTestCase {
    func testCircleFieldGivesOneClosedContourOfTheRightRadius() {
        let grid = Grid2D(columns: 101, rows: 101, xRange: -2...2, yRange: -2...2) { x, y in
            (x * x + y * y).squareRoot()
        }
        let lines = MarchingSquares.contour(grid, level: 1.2)
        XCTAssertEqual(lines.count, 1)
        let loop = lines[0]
        XCTAssertEqual(loop.first, loop.last, "a circle must close")
        XCTAssertGreaterThan(loop.count, 100)
        for point in loop {
            XCTAssertEqual((point.x * point.x + point.y * point.y).squareRoot(), 1.2,
                           accuracy: 0.01)
        }
    }

    func testStraightLineCrossesTheWholeGrid() {
        let grid = Grid2D(columns: 10, rows: 10, xRange: 0...1, yRange: 0...1) { x, _ in x }
        let lines = MarchingSquares.contour(grid, level: 0.5)
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines[0].count, 10)
        XCTAssertNotEqual(lines[0].first, lines[0].last)
        for point in lines[0] { XCTAssertEqual(point.x, 0.5, accuracy: 1e-12) }
    }

    func testNoCrossingGivesNoLines() {
        let grid = Grid2D(columns: 5, rows: 5, xRange: 0...1, yRange: 0...1) { _, _ in 0.2 }
        XCTAssertTrue(MarchingSquares.contour(grid, level: 0.5).isEmpty)
    }

    func testTwoBlobsGiveTwoLoops() {
        let grid = Grid2D(columns: 60, rows: 30, xRange: 0...4, yRange: 0...2) { x, y in
            let a = (x - 1) * (x - 1) + (y - 1) * (y - 1)
            let b = (x - 3) * (x - 3) + (y - 1) * (y - 1)
            return min(a, b)
        }
        let lines = MarchingSquares.contour(grid, level: 0.25)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.first == $0.last })
    }
}
