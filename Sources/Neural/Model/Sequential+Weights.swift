import Foundation

extension Sequential {
    /// Every trainable tensor as a matrix, Keras' order: for each `Dense`, its kernel
    /// (`inputs × units`) then its bias (`1 × units`).
    public func getWeights() -> [Matrix] {
        denseLayers.flatMap { dense -> [Matrix] in
            guard dense.isBuilt else { return [] }
            return [dense.weights, Matrix(uncheckedRows: 1, columns: dense.units, data: dense.bias)]
        }
    }

    /// Replaces all weights with matrices in `getWeights()` order and shapes. Builds unbuilt
    /// layers from the shapes given.
    public func setWeights(_ weights: [Matrix]) throws {
        let dense = denseLayers
        guard weights.count == 2 * dense.count else {
            throw NeuralError("setWeights: got \(weights.count) matrices, the model needs "
                + "\(2 * dense.count) (kernel and bias for each of \(dense.count) Dense layers)")
        }
        for (i, layer) in dense.enumerated() {
            let kernel = weights[2 * i], bias = weights[2 * i + 1]
            guard bias.count == layer.units else {
                throw NeuralError("setWeights: bias of \(layer.name) has \(bias.count) values, "
                    + "expected \(layer.units)")
            }
            try layer.setWeights(kernel)
            try layer.setBias(bias.data)
        }
        if !isBuilt, let first = layers.first?.inputSize { try build(inputSize: first) }
    }

    /// Writes the weights (and any Normalization statistics) as JSON to `path`.
    public func save(to path: String) throws {
        let file = WeightsFile(layers: layers.map(WeightsFile.Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try encoder.encode(file).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NeuralError("save: cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Reads weights written by `save(to:)` into this model, which must have the same layers.
    public func load(from path: String) throws {
        let file: WeightsFile
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            file = try JSONDecoder().decode(WeightsFile.self, from: data)
        } catch {
            throw NeuralError("load: cannot read weights from \(path): \(error.localizedDescription)")
        }
        guard file.format == WeightsFile.formatName, file.layers.count == layers.count else {
            throw NeuralError("load: \(path) holds \(file.layers.count) layers, the model has \(layers.count)")
        }
        for (entry, layer) in zip(file.layers, layers) { try entry.apply(to: layer) }
    }
}

/// A model as a value: its layers, their activations and their weights, in the JSON layout
/// `save(to:)` writes, so a trained model can be handed to another chapter
/// (`publish(model, as: "coffee-net")`) or stored.
extension Sequential: Codable {
    public func encode(to encoder: Encoder) throws {
        try WeightsFile(layers: layers.map(WeightsFile.Entry.init)).encode(to: encoder)
    }

    /// Rebuilds the model `encode(to:)` wrote: the same layers with the same weights.
    public convenience init(from decoder: Decoder) throws {
        let file = try WeightsFile(from: decoder)
        guard file.format == WeightsFile.formatName else {
            throw NeuralError("not a saved model: its format is '\(file.format)', expected '\(WeightsFile.formatName)'")
        }
        let layers: [Layer] = try file.layers.map { entry in
            switch entry.kind {
            case "dense":
                guard let units = entry.units, let activation = Activation(name: entry.activation ?? "linear") else {
                    throw NeuralError("layer \(entry.name): a dense layer needs units and a known activation")
                }
                return Dense(units, activation: activation, inputSize: entry.inputs, name: entry.name)
            case "normalization":
                return Normalization(name: entry.name)
            default:
                throw NeuralError("layer \(entry.name): cannot rebuild a '\(entry.kind)' layer")
            }
        }
        self.init(layers)
        for (entry, layer) in zip(file.layers, self.layers) { try entry.apply(to: layer) }
        if !isBuilt, let first = self.layers.first?.inputSize { try build(inputSize: first) }
    }
}

/// The JSON layout of a saved model: one entry per layer.
struct WeightsFile: Codable {
    static let formatName = "glia-neural-weights-1"
    var format = WeightsFile.formatName
    var layers: [Entry]

    struct Entry: Codable {
        var name: String
        var kind: String
        var inputs: Int?
        var units: Int?
        var activation: String?
        var kernel: [Float]?
        var bias: [Float]?
        var mean: [Float]?
        var variance: [Float]?

        init(_ layer: Layer) {
            name = layer.name
            inputs = layer.inputSize
            units = layer.outputSize
            if let dense = layer as? Dense {
                kind = "dense"
                activation = dense.activation.name
                if dense.isBuilt { kernel = dense.weights.data; bias = dense.bias }
            } else if let norm = layer as? Normalization {
                kind = "normalization"
                mean = norm.mean
                variance = norm.variance
            } else {
                kind = String(describing: type(of: layer))
            }
        }

        func apply(to layer: Layer) throws {
            if let dense = layer as? Dense {
                guard kind == "dense", units == dense.units, activation == dense.activation.name,
                      let kernel, let bias, let inputs else {
                    throw NeuralError("load: entry \(name) (\(kind), \(units ?? 0) units) does not "
                        + "match \(dense.name) (dense, \(dense.units) units, \(dense.activation.name))")
                }
                try dense.setWeights(Matrix(rows: inputs, columns: dense.units, data: kernel))
                try dense.setBias(bias)
            } else if let norm = layer as? Normalization {
                guard kind == "normalization", let mean, let variance else {
                    throw NeuralError("load: entry \(name) (\(kind)) does not match \(norm.name)")
                }
                try norm.setStatistics(mean: mean, variance: variance)
            }
        }
    }
}
