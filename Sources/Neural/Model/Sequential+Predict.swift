extension Sequential {
    /// The model's outputs for every row of `x` (probabilities for a sigmoid output, logits for
    /// a model trained with softmax cross-entropy: apply `softmax(_:)` for probabilities).
    public func predict(_ x: Matrix) throws -> Matrix {
        try buildIfPossible(columns: x.columns)
        let outputs = outputSize ?? 0
        var result = Matrix(rows: x.rows, columns: outputs)
        guard x.rows > 0 else { return result }
        let chunk = Math.min(x.rows, 1024)
        let ws = Workspace(capacity: chunk, widths: widths, labelWidth: 1)
        x.data.withUnsafeBufferPointer { xs in
            result.data.withUnsafeMutableBufferPointer { out in
                var start = 0
                while start < x.rows {
                    let rows = Math.min(chunk, x.rows - start)
                    ws.values[0].update(from: xs.baseAddress! + start * x.columns,
                                        count: rows * x.columns)
                    for (l, layer) in layers.enumerated() {
                        layer.forward(ws.values[l], rows: rows, into: ws.values[l + 1])
                    }
                    (out.baseAddress! + start * outputs).update(from: ws.values[layers.count],
                                                                count: rows * outputs)
                    start += rows
                }
            }
        }
        return result
    }

    /// Mean loss over `x` and accuracy (fraction correct; NaN for mean squared error, which
    /// has no accuracy).
    public func evaluate(_ x: Matrix, _ y: Matrix) throws -> (loss: Float, accuracy: Float) {
        let (loss, _) = try compiled("evaluate")
        guard x.rows == y.rows, x.rows > 0 else {
            throw NeuralError("evaluate: x has \(x.rows) rows and y has \(y.rows); need equal, non-zero")
        }
        let output = try predict(x)
        try checkOutputLayer(for: loss)
        try loss.validate(labels: y, outputs: output.columns, context: "evaluate")
        let score = output.data.withUnsafeBufferPointer { out in
            y.data.withUnsafeBufferPointer { labels in
                loss.score(output: out.baseAddress!, labels: labels.baseAddress!, rows: x.rows,
                           units: output.columns, gradient: nil, fused: false)
            }
        }
        let accuracy = loss.hasAccuracy ? Float(score.correct) / Float(score.judged) : .nan
        return (Float(score.lossSum / Double(x.rows)), accuracy)
    }

    /// Evaluates on a data set.
    public func evaluate(_ data: Dataset) throws -> (loss: Float, accuracy: Float) {
        try evaluate(data.x, data.y)
    }

    /// Every layer's pre-activation and activation for `x`, first layer first, for plots of
    /// what each unit computes.
    public func activations(_ x: Matrix) throws -> [LayerOutput] {
        try buildIfPossible(columns: x.columns)
        var input = x
        var outputs: [LayerOutput] = []
        for layer in layers {
            let output: LayerOutput
            if let dense = layer as? Dense {
                output = dense.outputs(input)
            } else {
                let a = try layer(input)
                output = LayerOutput(name: layer.name, preActivation: a, activation: a)
            }
            outputs.append(output)
            input = output.activation
        }
        return outputs
    }

    /// Input width followed by each layer's output width.
    var widths: [Int] { [inputSize ?? 0] + layers.map { $0.outputSize ?? 0 } }
}
