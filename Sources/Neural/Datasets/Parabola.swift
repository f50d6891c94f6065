/// `y = x²` on evenly spaced points of [-5, 4], the curve a 1-5-1 ReLU network learns to
/// approximate with straight pieces.
public enum Parabola {
    /// The interval sampled.
    public static let domain: ClosedRange<Float> = -5 ... 4

    /// `count` evenly spaced points from -5 to 4 inclusive with targets `x²`.
    public static func data(count: Int = 100) -> Dataset {
        let xs = evenlySpaced(domain, count: count)
        return Dataset.generated {
            try Dataset(x: Matrix(column: xs), y: Matrix(column: xs.map { $0 * $0 }),
                        featureNames: ["x"])
        }
    }
}

/// `count` evenly spaced values from the lower to the upper bound, both included (linspace).
func evenlySpaced(_ range: ClosedRange<Float>, count: Int) -> [Float] {
    guard count > 1 else { return count == 1 ? [range.lowerBound] : [] }
    let low = Double(range.lowerBound), step = Double(range.upperBound - range.lowerBound)
        / Double(count - 1)
    return (0..<count).map { Float(low + Double($0) * step) }
}
