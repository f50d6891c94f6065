extension Sequential {
    /// Trains the model on `x` (one row per example) and `y` (labels or targets, one row per
    /// example) for `epochs` passes, in batches of `batchSize` rows; the last, partial batch is
    /// kept, as in Keras (70 rows with batch 32 give 3 steps). With `shuffle` the order is
    /// redrawn from the model's RNG every epoch.
    @discardableResult
    public func fit(_ x: Matrix, _ y: Matrix, epochs: Int, batchSize: Int = 32,
                    shuffle: Bool = true, validation: (Matrix, Matrix)? = nil,
                    verbose: Bool = false) throws -> History {
        let (loss, optimizer) = try compiled("fit")
        try checkFitArguments(x, y, epochs: epochs, batchSize: batchSize)
        try buildIfPossible(columns: x.columns)
        try checkOutputLayer(for: loss)
        try loss.validate(labels: y, outputs: outputSize ?? 0, context: "fit")
        if let (vx, vy) = validation {
            guard vx.columns == x.columns, vx.rows == vy.rows, vx.rows > 0 else {
                throw NeuralError("fit: validation data is \(vx.rows) × \(vx.columns) with "
                    + "\(vy.rows) labels; need rows × \(x.columns) and one label row per example")
            }
            try loss.validate(labels: vy, outputs: outputSize ?? 0, context: "fit validation")
        }
        let parameters = self.parameters
        try optimizer.prepare(parameters)
        let step = Math.min(batchSize, x.rows)
        let ws = workspace(capacity: step, labelWidth: y.columns)
        let trainer = Trainer(model: self, workspace: ws, loss: loss, optimizer: optimizer,
                              parameters: parameters)

        var history = History()
        var order = Array(0..<x.rows)
        // Subnormals flushed: see withSubnormalsFlushedToZero (Adam's decaying moments).
        try withSubnormalsFlushedToZero {
            for epoch in 1...epochs {
                if shuffle { rng.shuffle(&order) }
                let score = x.data.withUnsafeBufferPointer { xs in
                    y.data.withUnsafeBufferPointer { ys in
                        trainer.epoch(x: xs.baseAddress!, y: ys.baseAddress!, order: order,
                                      columns: x.columns, batchSize: step)
                    }
                }
                let epochLoss = Float(score.lossSum / Double(x.rows))
                guard epochLoss.isFinite else {
                    throw NeuralError("fit: loss became \(epochLoss) in epoch \(epoch); "
                        + "try a smaller learning rate or normalised inputs")
                }
                history.loss.append(epochLoss)
                if loss.hasAccuracy {
                    history.accuracy.append(Float(score.correct) / Float(score.judged))
                }
                if let (vx, vy) = validation {
                    let result = try evaluate(vx, vy)
                    history.validationLoss.append(result.loss)
                    if loss.hasAccuracy { history.validationAccuracy.append(result.accuracy) }
                }
                if verbose { print(epochLine(epoch, of: epochs, history)) }
            }
        }
        return history
    }

    /// Trains on a data set's `x` and `y`.
    @discardableResult
    public func fit(_ data: Dataset, epochs: Int, batchSize: Int = 32, shuffle: Bool = true,
                    validation: Dataset? = nil, verbose: Bool = false) throws -> History {
        try fit(data.x, data.y, epochs: epochs, batchSize: batchSize, shuffle: shuffle,
                validation: validation.map { ($0.x, $0.y) }, verbose: verbose)
    }

    func compiled(_ context: String) throws -> (Loss, Optimizer) {
        guard let loss, let optimizer else {
            throw NeuralError("\(context): call compile(loss:optimizer:) first")
        }
        return (loss, optimizer)
    }

    private func checkFitArguments(_ x: Matrix, _ y: Matrix, epochs: Int, batchSize: Int) throws {
        guard epochs > 0 else { throw NeuralError("fit: epochs must be positive, got \(epochs)") }
        guard batchSize > 0 else {
            throw NeuralError("fit: batch size must be positive, got \(batchSize)")
        }
        guard x.rows > 0, x.columns > 0 else {
            throw NeuralError("fit: no training data (x is \(x.rows) × \(x.columns))")
        }
        guard x.rows == y.rows else {
            throw NeuralError("fit: x has \(x.rows) rows but y has \(y.rows) labels")
        }
    }

    /// Softmax cross-entropy applies the softmax itself, so the model must end in raw logits.
    func checkOutputLayer(for loss: Loss) throws {
        guard loss == .softmaxCrossEntropy else { return }
        guard let last = layers.last as? Dense, last.activation == .linear else {
            throw NeuralError("softmaxCrossEntropy works on logits: end the model with a "
                + "Dense layer with .linear activation and apply softmax(_:) to predictions")
        }
    }

    /// The reusable buffers for batches of up to `capacity` rows.
    func workspace(capacity: Int, labelWidth: Int) -> Workspace {
        var widths = [inputSize ?? 0]
        for layer in layers { widths.append(layer.outputSize ?? 0) }
        if let ws = workspace, ws.fits(capacity: capacity, widths: widths, labelWidth: labelWidth) {
            return ws
        }
        let ws = Workspace(capacity: capacity, widths: widths, labelWidth: labelWidth)
        workspace = ws
        return ws
    }

    private func epochLine(_ epoch: Int, of epochs: Int, _ h: History) -> String {
        var line = "Epoch \(epoch)/\(epochs) - loss: \(formatFixed(h.loss.last!, 4))"
        if let a = h.accuracy.last { line += " - accuracy: \(formatFixed(a, 4))" }
        if let v = h.validationLoss.last { line += " - val_loss: \(formatFixed(v, 4))" }
        if let v = h.validationAccuracy.last { line += " - val_accuracy: \(formatFixed(v, 4))" }
        return line
    }
}

/// Namespaced min so `Sequential` members named like the free functions cannot shadow them.
enum Math {
    static func min(_ a: Int, _ b: Int) -> Int { a < b ? a : b }
}
