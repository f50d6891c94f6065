/// Examples `x` (one row each) with labels or targets `y` (one row each), plus names for plots.
public struct Dataset {
    /// Features, `count × features`.
    public var x: Matrix
    /// Labels: a 0/1 column for binary tasks, a column of class indices for multi-class tasks,
    /// real targets for regression.
    public var y: Matrix
    /// Column names of `x`, with units where they have one ("temperature (°C)").
    public var featureNames: [String]
    /// Names of the classes, index = label ("bad roast", "good roast"); empty for regression.
    public var classNames: [String]

    /// A data set from features `x` and labels `y`, with one name per column of `x`.
    /// Throws `NeuralError` when `x` and `y` have different numbers of rows, or when
    /// `featureNames` does not name every column of `x`.
    public init(x: Matrix, y: Matrix, featureNames: [String], classNames: [String] = []) throws {
        guard x.rows == y.rows else {
            throw NeuralError("Dataset: x has \(x.rows) rows but y has \(y.rows)")
        }
        guard featureNames.count == x.columns else {
            throw NeuralError("Dataset: \(featureNames.count) feature names for \(x.columns) columns")
        }
        self.x = x
        self.y = y
        self.featureNames = featureNames
        self.classNames = classNames
    }

    /// A data set this library generates, whose shapes agree by construction (a mismatch is a
    /// bug in the generator, so it stops the program with the reason instead of throwing).
    static func generated(_ make: () throws -> Dataset) -> Dataset {
        do {
            return try make()
        } catch {
            preconditionFailure("a generated data set has inconsistent shapes: \(error)")
        }
    }

    /// Number of examples.
    public var count: Int { x.rows }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var copy = self
        copy.x = x.rows(indices)
        copy.y = y.rows(indices)
        return copy
    }

    /// A shuffled split: `testFraction` of the examples (rounded) go to `test`, the rest to
    /// `train`, in an order drawn from `seed`.
    public func split(testFraction: Float, seed: UInt64) -> (train: Dataset, test: Dataset) {
        precondition(testFraction >= 0 && testFraction <= 1,
                     "Dataset.split: testFraction must be in [0, 1], got \(testFraction)")
        var order = Array(0..<count)
        var rng = RNG(seed: seed)
        rng.shuffle(&order)
        let testCount = Int((Float(count) * testFraction).rounded())
        return (subset(Array(order[testCount...])), subset(Array(order[..<testCount])))
    }

    /// The data repeated `times` times, like the course's `np.tile` of the coffee data (more
    /// gradient steps per epoch, no new information).
    public func tiled(times: Int) -> Dataset {
        precondition(times >= 1, "Dataset.tiled: times must be at least 1, got \(times)")
        var copy = self
        copy.x = Matrix(uncheckedRows: x.rows * times, columns: x.columns,
                        data: Array([[Float]](repeating: x.data, count: times).joined()))
        copy.y = Matrix(uncheckedRows: y.rows * times, columns: y.columns,
                        data: Array([[Float]](repeating: y.data, count: times).joined()))
        return copy
    }

    /// How many examples carry each class label (index = class).
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: Swift.max(classNames.count, 1))
        for label in y.data {
            let c = Int(label)
            if c >= counts.count { counts += [Int](repeating: 0, count: c - counts.count + 1) }
            if c >= 0 { counts[c] += 1 }
        }
        return counts
    }
}
