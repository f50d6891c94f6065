import XCTest
import Figures

/// A linear axis always shows at least two ticks, so the reader can tell its scale.
final class NiceTicksMinimumTests: XCTestCase {
    func testRangeJustInsideTwoNiceNumbersGetsAFinerStep() {
        let ticks = NiceTicks.linear(-4.9...4.9, maxCount: 2)
        XCTAssertGreaterThanOrEqual(ticks.count, 2)
        XCTAssertEqual(ticks.map(\.value), [-2.5, 0, 2.5])
    }

    func testOrdinaryRangesAreUnchanged() {
        XCTAssertEqual(NiceTicks.linear(0...10, maxCount: 5).map(\.value), [0, 2, 4, 6, 8, 10])
        XCTAssertEqual(NiceTicks.linear(-5.5...5.5, maxCount: 2).map(\.value), [-5, 0, 5])
    }
}
