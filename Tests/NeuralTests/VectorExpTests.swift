import XCTest
import Foundation
@testable import Neural

/// The vectorised exponential used by the softmax cross-entropy against `expf`.
final class VectorExpTests: XCTestCase {
    func testMatchesExpfAcrossTheRange() {
        var worst: Float = 0
        var x: Float = -87
        while x < 88 {
            let values = SIMD8<Float>((0..<8).map { x + Float($0) * 0.0137 })
            let fast = exp8(values)
            for k in 0..<8 {
                let exact = expf(values[k])
                worst = max(worst, abs(fast[k] - exact) / exact)
            }
            x += 0.1
        }
        XCTAssertLessThan(worst, 3e-7, "relative error against expf")
    }

    func testExactPointsAndClamping() {
        let fast = exp8(SIMD8<Float>(0, 1, -1, 10, -10, -200, -.infinity, 2))
        XCTAssertEqual(fast[0], 1)
        XCTAssertEqual(fast[1], expf(1), accuracy: 1e-6)
        XCTAssertEqual(fast[2], expf(-1), accuracy: 1e-7)
        XCTAssertEqual(fast[3], expf(10), accuracy: 1e-6 * expf(10))
        XCTAssertEqual(fast[4], expf(-10), accuracy: 1e-6 * expf(-10))
        XCTAssertLessThan(fast[5], 2e-38)
        XCTAssertLessThan(fast[6], 2e-38)
        XCTAssertEqual(fast[7], expf(2), accuracy: 1e-6)
    }

    func testExponentiateHandlesAPaddedTail() {
        var values: [Float] = (0..<13).map { Float($0) * -0.5 }
        values.withUnsafeMutableBufferPointer { exponentiate($0.baseAddress!, count: 13) }
        for (k, v) in values.enumerated() {
            XCTAssertEqual(v, expf(Float(k) * -0.5), accuracy: 1e-7)
        }
    }
}
