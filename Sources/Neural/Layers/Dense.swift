/// A fully connected layer: `a = g(x · W + b)` with `W` of shape `inputs × units` (Keras layout)
/// and one bias per unit.
///
/// The input width is taken from `inputSize:` or inferred when the model first sees data. The
/// kernel starts Glorot-uniform, `U(-√(6/(in+out)), √(6/(in+out)))`, drawn from the model's RNG;
/// biases start at zero.
public final class Dense: Layer {
    /// Number of units (outputs).
    public let units: Int
    /// The activation `g`.
    public let activation: Activation
    /// Layer name, "dense", "dense_1", ... unless given.
    public var name: String
    public private(set) var inputSize: Int?
    public var outputSize: Int? { units }

    /// Kernel and bias; allocated by `build`. The kernel is stored transposed, `units × inputs`,
    /// so every kernel loop runs over contiguous inputs (see `gemmDot`); `weights` shows it in
    /// the Keras layout.
    private(set) var kernel: Parameter?
    private(set) var biasParameter: Parameter?
    /// True once the name was chosen by the user (the model leaves it alone).
    let hasCustomName: Bool

    /// A layer of `units` neurons. `inputSize` is only needed when the layer is used before the
    /// model has seen data (for example to hand-set weights).
    public init(_ units: Int, activation: Activation = .linear, inputSize: Int? = nil,
                name: String? = nil) {
        self.units = units
        self.activation = activation
        self.inputSize = inputSize
        self.name = name ?? "dense"
        self.hasCustomName = name != nil
    }

    /// Shorthand used in the book: `Dense(3, .sigmoid)`.
    public convenience init(_ units: Int, _ activation: Activation, inputSize: Int? = nil,
                            name: String? = nil) {
        self.init(units, activation: activation, inputSize: inputSize, name: name)
    }

    public var parameterCount: Int {
        guard let inputs = inputSize else { return 0 }
        return inputs * units + units
    }

    public var parameters: [Parameter] {
        guard let kernel, let biasParameter else { return [] }
        return [kernel, biasParameter]
    }

    /// True after `build` (weights exist).
    public var isBuilt: Bool { kernel != nil }

    public func build(inputSize: Int, rng: inout RNG) throws {
        guard units > 0 else { throw NeuralError("\(name): units must be positive, got \(units)") }
        guard inputSize > 0 else {
            throw NeuralError("\(name): input size must be positive, got \(inputSize)")
        }
        if let declared = self.inputSize, declared != inputSize, kernel != nil {
            throw NeuralError("\(name): built for \(declared) inputs, got \(inputSize)")
        }
        if case .leakyReLU(let alpha) = activation, !(alpha >= 0) {
            throw NeuralError("\(name): leakyReLU alpha must be ≥ 0, got \(alpha)")
        }
        self.inputSize = inputSize
        let w = Parameter(name: "\(name)/kernel", count: inputSize * units)
        let limit = (6 / Float(inputSize + units)).squareRoot()
        // Drawn in Keras order (input by input) into the transposed storage.
        for i in 0..<inputSize {
            for j in 0..<units { w.value[j * inputSize + i] = rng.uniform(-limit ..< limit) }
        }
        kernel = w
        biasParameter = Parameter(name: "\(name)/bias", count: units)
    }
}
