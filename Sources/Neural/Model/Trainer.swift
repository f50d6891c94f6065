/// The inner training loop: everything it touches is resolved once per `fit`, so a step is a
/// few kernel calls on preallocated buffers (the coffee network is bound by per-step cost).
struct Trainer {
    let layers: [Layer]
    let workspace: Workspace
    let loss: Loss
    let optimizer: Optimizer?
    let parameters: [Parameter]
    /// The last layer when the loss hands it dLoss/dz directly.
    let fusedLast: Dense?
    /// Whether layer `l` must produce dLoss/dInput (some earlier layer has parameters).
    let needsInputGradient: [Bool]
    /// Each layer as a `Dense` when it is one: those take their input rows as a table.
    let dense: [Dense?]
    /// True when the first layer reads the batch's examples in place from the training set.
    let gathersInput: Bool

    init(model: Sequential, workspace: Workspace, loss: Loss, optimizer: Optimizer?,
         parameters: [Parameter]) {
        layers = model.layers
        self.workspace = workspace
        self.loss = loss
        self.optimizer = optimizer
        self.parameters = parameters
        let last = model.layers.last as? Dense
        switch loss {
        case .binaryCrossEntropy: fusedLast = last?.activation == .sigmoid ? last : nil
        case .softmaxCrossEntropy: fusedLast = last
        case .meanSquaredError: fusedLast = nil
        }
        var trainableBefore = false
        var needs: [Bool] = []
        for layer in model.layers {
            needs.append(trainableBefore)
            if layer.parameterCount > 0 { trainableBefore = true }
        }
        needsInputGradient = needs
        dense = model.layers.map { $0 as? Dense }
        gathersInput = dense.first.map { $0 != nil } ?? false
    }

    /// One pass over `order`, returning the summed loss and accuracy counts.
    func epoch(x: UnsafePointer<Float>, y: UnsafePointer<Float>, order: [Int], columns: Int,
               batchSize: Int) -> BatchScore {
        var total = BatchScore()
        let labelWidth = workspace.labelWidth
        let input = workspace.values[0], labels = workspace.labels
        let batchRows = workspace.batchRows
        let inputRows = gathersInput ? UnsafePointer(batchRows) : workspace.rows[0]
        order.withUnsafeBufferPointer { order in
            var start = 0
            while start < order.count {
                let rows = Math.min(batchSize, order.count - start)
                for r in 0..<rows {
                    let source = order[start + r]
                    if gathersInput {
                        batchRows[r] = x + source * columns
                    } else {
                        copyRow(x + source * columns, to: input + r * columns, count: columns)
                    }
                    copyRow(y + source * labelWidth, to: labels + r * labelWidth, count: labelWidth)
                }
                let score = step(rows: rows, inputRows: inputRows)
                total.lossSum += score.lossSum
                total.correct += score.correct
                total.judged += score.judged
                start += rows
            }
        }
        return total
    }

    /// Forward, loss, backward and update for the `rows` examples of `inputRows` whose labels
    /// are already in the workspace.
    func step(rows: Int, inputRows: RowPointers) -> BatchScore {
        let score = computeGradients(rows: rows, inputRows: inputRows)
        optimizer?.update(parameters)
        return score
    }

    /// Forward, loss and backward: leaves dLoss/dParameter in every parameter's gradient.
    /// `inputRows` lists the model's input rows (`workspace.rows[0]` unless gathered).
    func computeGradients(rows: Int, inputRows: RowPointers) -> BatchScore {
        let values = workspace.values, gradients = workspace.gradients
        let tables = workspace.rows
        let count = layers.count
        for l in 0..<count {
            if let dense = dense[l] {
                dense.forward(inputRows: l == 0 ? inputRows : tables[l], rows: rows,
                              into: values[l + 1])
            } else {
                layers[l].forward(values[l], rows: rows, into: values[l + 1])
            }
        }
        let score = loss.score(output: values[count], labels: workspace.labels, rows: rows,
                               units: workspace.widths[count], gradient: gradients[count],
                               fused: fusedLast != nil)
        for l in stride(from: count - 1, through: 0, by: -1) {
            let inputGradient = needsInputGradient[l] ? gradients[l] : nil
            let table = l == 0 ? inputRows : tables[l]
            if l == count - 1, let fusedLast {
                fusedLast.backwardFromPreActivation(inputRows: table,
                                                    preActivationGradient: gradients[l + 1],
                                                    rows: rows, inputGradient: inputGradient)
            } else if let dense = dense[l] {
                dense.backward(inputRows: table, output: values[l + 1],
                               outputGradient: gradients[l + 1], rows: rows,
                               inputGradient: inputGradient)
            } else {
                layers[l].backward(input: values[l], output: values[l + 1],
                                   outputGradient: gradients[l + 1], rows: rows,
                                   inputGradient: inputGradient)
            }
        }
        return score
    }
}

/// Copies one row. Rows of one or two values (coffee's inputs, every label) are copied directly:
/// a `memmove` call per row was 12 % of the coffee benchmark.
@inline(__always)
private func copyRow(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>,
                     count: Int) {
    switch count {
    case 1: target[0] = source[0]
    case 2: target[0] = source[0]; target[1] = source[1]
    default: target.update(from: source, count: count)
    }
}
