extension Dense {
    public func forward(_ input: UnsafePointer<Float>, rows: Int,
                        into output: UnsafeMutablePointer<Float>) {
        guard let kernel, let biasParameter, let inputs = inputSize else { return }
        gemmDot(m: rows, n: units, depth: inputs, a: input, b: kernel.value.baseAddress!,
                bias: biasParameter.value.baseAddress!, c: output)
        activation.apply(output, rows: rows, units: units)
    }

    public func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>,
                         outputGradient: UnsafeMutablePointer<Float>, rows: Int,
                         inputGradient: UnsafeMutablePointer<Float>?) {
        activation.backward(outputGradient, activations: output, rows: rows, units: units)
        backwardFromPreActivation(input: input, preActivationGradient: outputGradient, rows: rows,
                                  inputGradient: inputGradient)
    }

    /// Backward pass when the loss already produced dLoss/dz (fused sigmoid + binary
    /// cross-entropy, or logits + softmax cross-entropy).
    func backwardFromPreActivation(input: UnsafePointer<Float>,
                                   preActivationGradient dz: UnsafePointer<Float>, rows: Int,
                                   inputGradient: UnsafeMutablePointer<Float>?) {
        guard let kernel, let biasParameter, let inputs = inputSize else { return }
        // dWᵀ = dzᵀ · x (units × inputs, like the stored kernel); the sum runs over the batch.
        gemm(m: units, n: inputs, depth: rows, a: dz, aRowStride: 1, aDepthStride: units,
             b: input, bias: nil, c: kernel.gradient.baseAddress!)
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
                gemmDot(m: input.rows, n: units, depth: inputs, a: x.baseAddress!,
                        b: kernel.value.baseAddress!, bias: biasParameter.value.baseAddress!,
                        c: out.baseAddress!)
            }
        }
        var a = z
        a.data.withUnsafeMutableBufferPointer { activation.apply($0.baseAddress!, rows: z.rows, units: units) }
        return LayerOutput(name: name, preActivation: z, activation: a)
    }
}
