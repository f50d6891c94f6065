/// A stack of layers trained end to end, shaped like Keras' `Sequential`.
///
/// ```swift
/// let model = Sequential(seed: 1) {
///     Dense(3, activation: .sigmoid)
///     Dense(1, activation: .sigmoid)
/// }
/// model.compile(loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01))
/// let history = try model.fit(x, y, epochs: 10)
/// ```
///
/// The model owns one seeded `RNG`: weight initialisation and per-epoch shuffling both draw from
/// it, so the same seed and data give bit-identical weights on every run.
public final class Sequential {
    /// The layers, first to last.
    public let layers: [Layer]
    /// The seed the model's RNG started from.
    public let seed: UInt64
    /// The generator used for initialisation and shuffling (advances as the model trains).
    public var rng: RNG
    /// Set by `compile`.
    public private(set) var loss: Loss?
    /// Set by `compile`.
    public private(set) var optimizer: Optimizer?

    /// Reused training buffers (allocated on the first `fit`).
    var workspace: Workspace?

    /// A model from a list of layers.
    public init(_ layers: [Layer], seed: UInt64 = 0) {
        self.layers = layers
        self.seed = seed
        self.rng = RNG(seed: seed)
        assignNames()
    }

    /// A model from a block of layers: `Sequential(seed: 1) { Dense(3); Dense(1) }`.
    public convenience init(seed: UInt64 = 0, @LayerBuilder _ content: () -> [Layer]) {
        self.init(content(), seed: seed)
    }

    /// Chooses the loss and optimizer for `fit` and `evaluate`.
    public func compile(loss: Loss, optimizer: Optimizer) {
        self.loss = loss
        self.optimizer = optimizer
    }

    /// The `Dense` layers, in order (what most plots walk over).
    public var denseLayers: [Dense] { layers.compactMap { $0 as? Dense } }

    /// Total number of trainable values.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// All trainable tensors, layer by layer.
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// Width of the model's input once known.
    public var inputSize: Int? { layers.first?.inputSize }

    /// Width of the model's output once known.
    public var outputSize: Int? { layers.last?.outputSize }

    /// True when every layer has its input size and weights.
    public var isBuilt: Bool {
        layers.allSatisfy { layer in
            if let dense = layer as? Dense { return dense.isBuilt }
            return layer.inputSize != nil
        }
    }

    /// Builds every layer for inputs `inputSize` wide, initialising weights from the model's RNG.
    /// Layers that already have weights of the right shape (hand-set) are kept.
    public func build(inputSize: Int) throws {
        guard !layers.isEmpty else { throw NeuralError("Sequential: the model has no layers") }
        if let known = self.inputSize, isBuilt {
            guard known == inputSize else {
                throw NeuralError("Sequential: the model takes \(known) inputs, data has \(inputSize) columns")
            }
            return
        }
        var width = inputSize
        for layer in layers {
            let alreadyBuilt = (layer as? Dense)?.isBuilt ?? false
            if alreadyBuilt {
                guard layer.inputSize == width else {
                    throw NeuralError("\(layer.name): has \(layer.inputSize ?? 0) inputs, "
                        + "the layer before gives \(width)")
                }
            } else {
                try layer.build(inputSize: width, rng: &rng)
            }
            guard let next = layer.outputSize else {
                throw NeuralError("\(layer.name): output size unknown after build")
            }
            width = next
        }
    }

    /// Builds from the first layer's declared input size when data has not been seen yet.
    func buildIfPossible(columns: Int) throws {
        if !isBuilt { try build(inputSize: layers.first?.inputSize ?? columns) }
        guard let inputs = inputSize, inputs == columns else {
            throw NeuralError("Sequential: the model takes \(inputSize ?? 0) inputs, "
                + "data has \(columns) columns")
        }
    }

    /// Gives default Keras-style names, "dense", "dense_1", ..., unique within the model.
    private func assignNames() {
        var used: [String: Int] = [:]
        for layer in layers {
            if let dense = layer as? Dense, dense.hasCustomName { continue }
            let base = layer is Dense ? "dense" : layer.name
            let n = used[base, default: 0]
            used[base] = n + 1
            layer.name = n == 0 ? base : "\(base)_\(n)"
        }
    }
}
