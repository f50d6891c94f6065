extension Dense {
    /// The kernel, `inputs × units` (row `i` holds the weights from input `i` to every unit).
    ///
    /// Setting it builds the layer if needed (with the matrix's row count as input size), so a
    /// chapter can hand-set units; a shape that does not match stops with a clear message.
    public var weights: Matrix {
        get {
            guard let kernel, let inputs = inputSize else { return Matrix(rows: 0, columns: units) }
            return Matrix(uncheckedRows: units, columns: inputs, data: kernel.values).transposed()
        }
        set {
            do { try setWeights(newValue) } catch { fatalError("\(error)") }
        }
    }

    /// One bias per unit. Setting it requires a built layer (set `weights` first).
    public var bias: [Float] {
        get { biasParameter?.values ?? [Float](repeating: 0, count: units) }
        set {
            do { try setBias(newValue) } catch { fatalError("\(error)") }
        }
    }

    /// Throwing form of the `weights` setter.
    public func setWeights(_ matrix: Matrix) throws {
        guard matrix.columns == units else {
            throw NeuralError("\(name): weights are \(matrix.rows) × \(matrix.columns), "
                + "expected inputs × \(units)")
        }
        if kernel == nil || inputSize != matrix.rows {
            guard kernel == nil else {
                throw NeuralError("\(name): weights are \(matrix.rows) × \(matrix.columns), "
                    + "layer has \(inputSize ?? 0) inputs")
            }
            var unused = RNG(seed: 0)
            try build(inputSize: matrix.rows, rng: &unused)
        }
        try kernel!.assign(matrix.transposed().data)
    }

    /// Throwing form of the `bias` setter.
    public func setBias(_ values: [Float]) throws {
        guard values.count == units else {
            throw NeuralError("\(name): bias has \(values.count) values, expected \(units)")
        }
        guard let biasParameter else {
            throw NeuralError("\(name): set weights (or build the model) before the bias")
        }
        try biasParameter.assign(values)
    }
}
