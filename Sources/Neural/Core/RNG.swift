import Foundation

/// A small seeded random number generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// It is a value type: copying it copies the stream, so a model, a data set and a test can each
/// own one. The same seed gives the same numbers on every machine and run, which is what makes
/// the book's figures reproducible.
public struct RNG: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose stream is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A float uniformly distributed in `[0, 1)` with 24 random bits.
    public mutating func unit() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// A float uniformly distributed in `range` (lower bound included, upper excluded).
    public mutating func uniform(_ range: Range<Float>) -> Float {
        let value = range.lowerBound + (range.upperBound - range.lowerBound) * unit()
        return value < range.upperBound ? value : range.lowerBound
    }

    /// A normally distributed float (Box-Muller, computed in Double for accuracy).
    public mutating func normal(mean: Float = 0, std: Float = 1) -> Float {
        let u1 = (Double(next() >> 11) + 1) * (1.0 / 9_007_199_254_740_992.0)  // (0, 1]
        let u2 = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        let radius = (-2 * log(u1)).squareRoot()
        return mean + std * Float(radius * cos(2 * Double.pi * u2))
    }

    /// An integer uniformly distributed in `0..<upperBound` (without modulo bias).
    public mutating func int(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "RNG.int(below:) needs a positive bound, got \(upperBound)")
        // Rejection sampling written out, so the stream never depends on the standard library.
        let bound = UInt64(upperBound)
        let threshold = (0 &- bound) % bound
        var draw = next()
        while draw < threshold { draw = next() }
        return Int(draw % bound)
    }

    /// Shuffles `array` in place (Fisher-Yates), reproducibly for a given seed.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = int(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }
}
