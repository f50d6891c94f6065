import XCTest
import NotebookRuntime

final class FormattingTests: XCTestCase {
    func testFixedDecimalsAndPercentages() {
        XCTAssertEqual(fmt(0.12345, 3), "0.123")
        XCTAssertEqual(fmt(Float(2.5), 0), "2")      // printf rounds half to even
        XCTAssertEqual(percent(0.9731), "97.3%")
        XCTAssertEqual(percent(Float(1), 0), "100%")
    }

    func testScientificNotationReadsAsAPowerOfTen() {
        XCTAssertEqual(sci(8.940697e-08, 1), "8.9 × 10⁻⁸")
        XCTAssertEqual(sci(Float(123_456), 2), "1.23 × 10⁵")
        XCTAssertEqual(sci(-0.00042, 0), "-4 × 10⁻⁴")
        XCTAssertEqual(sci(9.96e-8, 1), "1.0 × 10⁻⁷", "rounding carries into the exponent")
        XCTAssertEqual(sci(0.0), "0")
    }

    func testThousandsAreGrouped() {
        XCTAssertEqual(grouped(62_500), "62,500")
        XCTAssertEqual(grouped(200_000), "200,000")
        XCTAssertEqual(grouped(999), "999")
        XCTAssertEqual(grouped(1_000_000), "1,000,000")
        XCTAssertEqual(grouped(-4_321), "−4,321")
    }
}
