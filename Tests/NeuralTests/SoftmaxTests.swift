import XCTest
import Neural

final class SoftmaxTests: XCTestCase {
    func testKnownValues() {
        let p = softmax([1, 2, 3, 4])
        let expected: [Float] = [0.0321, 0.0871, 0.2369, 0.6439]
        for (a, b) in zip(p, expected) { XCTAssertEqual(a, b, accuracy: 1e-4) }
        XCTAssertEqual(p.reduce(0, +), 1, accuracy: 1e-6)
    }

    func testInvariantToAddingAConstant() {
        let base = softmax([1, 2, 3, 4])
        for shift: Float in [-50, 10, 1000] {
            let shifted = softmax([1 + shift, 2 + shift, 3 + shift, 4 + shift])
            for (a, b) in zip(base, shifted) { XCTAssertEqual(a, b, accuracy: 1e-6) }
        }
    }

    func testRowsAreIndependent() {
        let p = softmax(Matrix([[0, 0], [1000, 0]]))
        XCTAssertEqual(p.row(0), [0.5, 0.5])
        XCTAssertEqual(p[1, 0], 1, accuracy: 1e-6)
        XCTAssertFalse(p.data.contains { $0.isNaN })
    }
}
