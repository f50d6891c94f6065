extension Sequential {
    /// The mean loss on `x`, `y` and its gradient with respect to every weight, in
    /// `getWeights()` order and shapes, without changing the model (one full-batch backward
    /// pass; what a training step would follow).
    public func gradients(_ x: Matrix, _ y: Matrix) throws -> (loss: Float, gradients: [Matrix]) {
        let (loss, _) = try compiled("gradients")
        guard x.rows == y.rows, x.rows > 0 else {
            throw NeuralError("gradients: x has \(x.rows) rows and y has \(y.rows); need equal, non-zero")
        }
        try buildIfPossible(columns: x.columns)
        try checkOutputLayer(for: loss)
        try loss.validate(labels: y, outputs: outputSize ?? 0, context: "gradients")
        let ws = Workspace(capacity: x.rows, widths: widths, labelWidth: y.columns)
        let trainer = Trainer(model: self, workspace: ws, loss: loss, optimizer: nil,
                              parameters: parameters)
        ws.values[0].update(from: x.data, count: x.count)
        ws.labels.update(from: y.data, count: y.count)
        let score = trainer.computeGradients(rows: x.rows, inputRows: ws.rows[0])
        var result: [Matrix] = []
        for dense in denseLayers where dense.isBuilt {
            let inputs = dense.inputSize ?? 0
            let (kernel, bias) = (dense.parameters[0], dense.parameters[1])
            result.append(Matrix(uncheckedRows: dense.units, columns: inputs,
                                 data: Array(kernel.gradient)).transposed())
            result.append(Matrix(uncheckedRows: 1, columns: dense.units, data: Array(bias.gradient)))
        }
        return (Float(score.lossSum / Double(x.rows)), result)
    }
}
