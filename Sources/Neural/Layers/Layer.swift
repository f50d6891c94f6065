/// A layer of a `Sequential` model.
///
/// Layers work on batches: `rows` examples, each `inputSize` values wide, in row-major buffers
/// owned by the model, so a training step allocates nothing. Custom layers implement the same
/// four steps: build, forward, backward and the list of trainable parameters.
public protocol Layer: AnyObject {
    /// Name shown in `summary()`, unique within a model.
    var name: String { get set }
    /// Width of one input example, known after `build` (or from `Dense(inputSize:)`).
    var inputSize: Int? { get }
    /// Width of one output example, known after `build`.
    var outputSize: Int? { get }
    /// Number of trainable values (a `Dense` layer's kernel plus bias).
    var parameterCount: Int { get }
    /// Trainable tensors with their gradients, in a fixed order.
    var parameters: [Parameter] { get }

    /// Fixes the input width and initialises parameters from `rng`. Called once by the model.
    func build(inputSize: Int, rng: inout RNG) throws

    /// Computes `rows` outputs from `rows` inputs.
    func forward(_ input: UnsafePointer<Float>, rows: Int, into output: UnsafeMutablePointer<Float>)

    /// Given the inputs and outputs of the last `forward` and dLoss/dOutput (which the layer may
    /// overwrite), stores parameter gradients and, when `inputGradient` is given, dLoss/dInput.
    func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>,
                  outputGradient: UnsafeMutablePointer<Float>, rows: Int,
                  inputGradient: UnsafeMutablePointer<Float>?)
}

extension Layer {
    /// Applies the layer to a whole matrix (allocates; for inspection, not for training loops).
    public func callAsFunction(_ input: Matrix) throws -> Matrix {
        guard let inputs = inputSize, let outputs = outputSize else {
            throw NeuralError("\(name): layer is not built yet (input size unknown)")
        }
        guard input.columns == inputs else {
            throw NeuralError("\(name): input has \(input.columns) columns, layer expects \(inputs)")
        }
        var out = Matrix(rows: input.rows, columns: outputs)
        input.data.withUnsafeBufferPointer { x in
            out.data.withUnsafeMutableBufferPointer { y in
                forward(x.baseAddress!, rows: input.rows, into: y.baseAddress!)
            }
        }
        return out
    }
}
