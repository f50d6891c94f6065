import Foundation

/// Feature-wise standardisation, `(x - mean) / std`, like Keras' `Normalization` layer.
///
/// Call `adapt(_:)` on training data first: it stores each column's mean and *population*
/// variance (divide by n, not n - 1). The layer has no trainable parameters.
public final class Normalization: Layer {
    public var name: String
    public private(set) var inputSize: Int?
    public var outputSize: Int? { inputSize }
    public var parameterCount: Int { 0 }
    public var parameters: [Parameter] { [] }

    /// Per-feature mean from `adapt`.
    public private(set) var mean: [Float] = []
    /// Per-feature population variance from `adapt`.
    public private(set) var variance: [Float] = []
    /// Per-feature divisor, `max(√variance, 1e-7)` (Keras' guard against constant features).
    private var scale: [Float] = []

    /// An unadapted layer named `name` ("normalization" when nil); call `adapt(_:)` before use.
    public init(name: String? = nil) {
        self.name = name ?? "normalization"
    }

    /// A layer with given statistics (for example loaded from a file).
    public convenience init(mean: [Float], variance: [Float], name: String? = nil) throws {
        self.init(name: name)
        try setStatistics(mean: mean, variance: variance)
    }

    /// Computes mean and population variance of each column of `x` (in Double for accuracy).
    public func adapt(_ x: Matrix) throws {
        guard x.rows > 0, x.columns > 0 else {
            throw NeuralError("\(name).adapt: needs data, got \(x.rows) × \(x.columns)")
        }
        var sums = [Double](repeating: 0, count: x.columns)
        for r in 0..<x.rows {
            for c in 0..<x.columns { sums[c] += Double(x.data[r * x.columns + c]) }
        }
        let means = sums.map { $0 / Double(x.rows) }
        var squares = [Double](repeating: 0, count: x.columns)
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                let d = Double(x.data[r * x.columns + c]) - means[c]
                squares[c] += d * d
            }
        }
        try setStatistics(mean: means.map { Float($0) },
                          variance: squares.map { Float($0 / Double(x.rows)) })
    }

    /// Sets mean and variance directly.
    public func setStatistics(mean: [Float], variance: [Float]) throws {
        guard mean.count == variance.count, !mean.isEmpty else {
            throw NeuralError("\(name): mean has \(mean.count) values, variance \(variance.count)")
        }
        if let inputs = inputSize, inputs != mean.count {
            throw NeuralError("\(name): statistics for \(mean.count) features, layer has \(inputs)")
        }
        self.mean = mean
        self.variance = variance
        self.scale = variance.map { Swift.max($0.squareRoot(), 1e-7) }
        inputSize = mean.count
    }

    public func build(inputSize: Int, rng: inout RNG) throws {
        guard !mean.isEmpty else {
            throw NeuralError("\(name): call adapt(_:) on training data before using the layer")
        }
        guard inputSize == mean.count else {
            throw NeuralError("\(name): adapted to \(mean.count) features, input has \(inputSize)")
        }
    }

    public func forward(_ input: UnsafePointer<Float>, rows: Int,
                        into output: UnsafeMutablePointer<Float>) {
        let n = mean.count
        for r in 0..<rows {
            for c in 0..<n { output[r * n + c] = (input[r * n + c] - mean[c]) / scale[c] }
        }
    }

    public func backward(input: UnsafePointer<Float>, output: UnsafePointer<Float>,
                         outputGradient: UnsafeMutablePointer<Float>, rows: Int,
                         inputGradient: UnsafeMutablePointer<Float>?) {
        guard let inputGradient else { return }
        let n = mean.count
        for r in 0..<rows {
            for c in 0..<n { inputGradient[r * n + c] = outputGradient[r * n + c] / scale[c] }
        }
    }
}
