/// The three-piece target of the ReLU lesson on [0, 3]: `-2x + 2` on [0, 1), `x - 1` on
/// [1, 2) and `3x - 5` on [2, 3], and three hand-set ReLU units whose sum reproduces it.
public enum ReLUTarget {
    /// The interval of the lesson.
    public static let domain: ClosedRange<Float> = 0 ... 3

    /// The target function.
    public static func value(_ x: Float) -> Float {
        if x < 1 { return -2 * x + 2 }
        if x < 2 { return x - 1 }
        return 3 * x - 5
    }

    /// `count` evenly spaced points of [0, 3] with their targets.
    public static func data(count: Int = 100) -> Dataset {
        let xs = evenlySpaced(domain, count: count)
        return Dataset.generated {
            try Dataset(x: Matrix(column: xs), y: Matrix(column: xs.map(value)),
                        featureNames: ["x"])
        }
    }

    /// Hidden kernel (1 × 3) of the hand-set units max(0, -2x + 2), max(0, x - 1), max(0, 2x - 4).
    public static let hiddenWeights = Matrix([[-2, 1, 2]])
    /// Hidden biases of the hand-set units.
    public static let hiddenBias: [Float] = [2, -1, -4]
    /// Where each hand-set unit switches on or off (its kink), `-b / w`.
    public static let kinks: [Float] = [1, 1, 2]

    /// A 1-3-1 model with those units, output weights 1 and bias 0: it reproduces the target.
    public static func handSetModel() -> Sequential {
        let hidden = Dense(3, activation: .relu, inputSize: 1)
        let output = Dense(1, activation: .linear, inputSize: 3)
        do {
            try hidden.setWeights(hiddenWeights)
            try hidden.setBias(hiddenBias)
            try output.setWeights(Matrix([[1], [1], [1]]))
            try output.setBias([0])
        } catch {
            preconditionFailure("the hand-set model's shapes are fixed, so this cannot fail: \(error)")
        }
        return Sequential([hidden, output])
    }
}
