extension Dense {
    public func forward(_ input: UnsafePointer<Float>, rows: Int,
                        into output: UnsafeMutablePointer<Float>) {
        guard let inputs = inputSize else { return }
        withRowPointers(input, width: inputs, count: rows) {
            forward(inputRows: $0, rows: rows, into: output)
        }
    }

    /// The forward pass with the input rows given as a table (the training loop's path, which
    /// lets the first layer read examples in place).
    func forward(inputRows: RowPointers, rows: Int, into output: UnsafeMutablePointer<Float>) {
        guard let kernel, let biasParameter, let inputs = inputSize else { return }
        gemmDot(m: rows, n: units, depth: inputs, a: inputRows, b: kernel.value.baseAddress!,
                bias: biasParameter.value.baseAddress!, c: output)
        activation.apply(output, rows: rows, units: units)
    }

    public func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>,
                         outputGradient: UnsafeMutablePointer<Float>, rows: Int,
                         inputGradient: UnsafeMutablePointer<Float>?) {
        guard let inputs = inputSize else { return }
        withRowPointers(input, width: inputs, count: rows) {
            backward(inputRows: $0, output: output, outputGradient: outputGradient, rows: rows,
                     inputGradient: inputGradient)
        }
    }

    /// `backward` with the input rows given as a table.
    func backward(inputRows: RowPointers, output: UnsafePointer<Float>,
                  outputGradient: UnsafeMutablePointer<Float>, rows: Int,
                  inputGradient: UnsafeMutablePointer<Float>?) {
        activation.backward(outputGradient, activations: output, rows: rows, units: units)
        backwardFromPreActivation(inputRows: inputRows, preActivationGradient: outputGradient,
                                  rows: rows, inputGradient: inputGradient)
    }

    /// Backward pass when the loss already produced dLoss/dz (fused sigmoid + binary
    /// cross-entropy, or logits + softmax cross-entropy).
    func backwardFromPreActivation(inputRows: RowPointers,
                                   preActivationGradient dz: UnsafePointer<Float>, rows: Int,
                                   inputGradient: UnsafeMutablePointer<Float>?) {
        guard let kernel, let biasParameter, let inputs = inputSize else { return }
        // dWᵀ = dzᵀ · x (units × inputs, like the stored kernel); the sum runs over the batch.
        kernelGradient(units: units, inputs: inputs, rows: rows, dz: dz, x: inputRows,
                       into: kernel.gradient.baseAddress!)
        let db = biasParameter.gradient.baseAddress!
        for j in 0..<units { db[j] = 0 }
        for r in 0..<rows {
            let row = dz + r * units
            for j in 0..<units { db[j] += row[j] }
        }
        if let inputGradient {
            // dx = dz · W, with W the stored units × inputs kernel.
            gemm(m: rows, n: inputs, depth: units, a: dz, aRowStride: units, aDepthStride: 1,
                 b: kernel.value.baseAddress!, bias: nil, c: inputGradient)
        }
    }

    /// Pre-activations and activations for a whole matrix (for plots; allocates).
    func outputs(_ input: Matrix) -> LayerOutput {
        var z = Matrix(rows: input.rows, columns: units)
        guard let kernel, let biasParameter, let inputs = inputSize else {
            return LayerOutput(name: name, preActivation: z, activation: z)
        }
        input.data.withUnsafeBufferPointer { x in
            z.data.withUnsafeMutableBufferPointer { out in
                withRowPointers(x.baseAddress!, width: inputs, count: input.rows) {
                    gemmDot(m: input.rows, n: units, depth: inputs, a: $0,
                            b: kernel.value.baseAddress!, bias: biasParameter.value.baseAddress!,
                            c: out.baseAddress!)
                }
            }
        }
        var a = z
        a.data.withUnsafeMutableBufferPointer { activation.apply($0.baseAddress!, rows: z.rows, units: units) }
        return LayerOutput(name: name, preActivation: z, activation: a)
    }
}
