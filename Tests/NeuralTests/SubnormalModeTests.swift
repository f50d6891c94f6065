import XCTest
import Neural

/// `fit` trains with subnormal floats flushed to zero (for speed; see FlushDenormals.swift in
/// Neural) and must hand the caller's floating-point mode back unchanged, also when it throws.
final class SubnormalModeTests: XCTestCase {
    /// Half the smallest normal float: subnormal unless the CPU flushes it. `divisor` is a
    /// stored property so the compiler cannot fold the division at compile time.
    private var divisor: Float = 2
    private func halfOfSmallestNormal() -> Float { Float.leastNormalMagnitude / divisor }

    func testFitRestoresSubnormalArithmetic() throws {
        XCTAssertTrue(halfOfSmallestNormal().isSubnormal, "subnormals work before fit")
        let data = Parabola.data(count: 20)
        let model = Sequential(seed: 1) {
            Dense(3, activation: .relu)
            Dense(1, activation: .linear)
        }
        model.compile(loss: .meanSquaredError, optimizer: Adam(0.01))
        try model.fit(data, epochs: 5, batchSize: 20)
        XCTAssertTrue(halfOfSmallestNormal().isSubnormal, "subnormals work after fit")
    }

    func testFitThatThrowsRestoresSubnormalArithmetic() throws {
        let data = Parabola.data(count: 20)
        let model = Sequential(seed: 1) {
            Dense(3, activation: .relu)
            Dense(1, activation: .linear)
        }
        model.compile(loss: .meanSquaredError, optimizer: SGD(learningRate: 1e6))
        XCTAssertThrowsError(try model.fit(data, epochs: 50, batchSize: 20))
        XCTAssertTrue(halfOfSmallestNormal().isSubnormal, "subnormals work after a failed fit")
    }
}
