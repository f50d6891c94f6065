/// One trainable tensor of a layer (a kernel or a bias) together with its gradient.
///
/// Both live in manually allocated buffers so the training loop can update them in place without
/// copy-on-write checks or allocation; optimizers see every parameter through this type.
public final class Parameter {
    /// "dense_1/kernel", "dense_1/bias", ...
    public let name: String
    /// Number of values.
    public let count: Int
    /// The values, updated in place by optimizers.
    public let value: UnsafeMutableBufferPointer<Float>
    /// dLoss/dValue for the last batch, written by the layer's backward pass.
    public let gradient: UnsafeMutableBufferPointer<Float>

    init(name: String, count: Int) {
        self.name = name
        self.count = count
        value = .allocate(capacity: count)
        value.initialize(repeating: 0)
        gradient = .allocate(capacity: count)
        gradient.initialize(repeating: 0)
    }

    deinit {
        value.deallocate()
        gradient.deallocate()
    }

    /// A copy of the values as an array.
    public var values: [Float] { Array(value) }

    /// Replaces the values; throws if the count differs.
    public func assign(_ values: [Float]) throws {
        guard values.count == count else {
            throw NeuralError("\(name): got \(values.count) values, expected \(count)")
        }
        for i in 0..<count { value[i] = values[i] }
    }
}
