extension Sequential {
    /// A Keras-like table of layers, output shapes and parameter counts.
    public func summary() -> String {
        func pad(_ s: String, _ width: Int) -> String {
            s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
        }
        let rule = String(repeating: "─", count: 64)
        var lines = ["Model: \"sequential\"", rule,
                     pad("Layer (type)", 30) + pad("Output shape", 20) + "Param #", rule]
        for layer in layers {
            let kind: String
            if let dense = layer as? Dense {
                kind = "Dense, \(dense.activation.name)"
            } else {
                kind = String(describing: type(of: layer))
            }
            let shape = layer.outputSize.map { "(None, \($0))" } ?? "(unbuilt)"
            lines.append(pad("\(layer.name) (\(kind))", 30) + pad(shape, 20)
                + String(layer.parameterCount))
        }
        lines += [rule, "Total params: \(parameterCount)", rule]
        return lines.joined(separator: "\n")
    }
}
