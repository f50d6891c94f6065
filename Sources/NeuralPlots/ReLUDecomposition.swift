import Figures
import Neural

/// How a 1-input network with one ReLU hidden layer and a linear output builds its curve:
/// `ReLUDecomposition(model, x: xs, target: ys)`.
public struct ReLUDecomposition: FigureConvertible {
    /// The 1 → n → 1 network: one input, one ReLU hidden layer and one linear output unit.
    public let model: Sequential
    /// Input values at which the curves are drawn.
    public var x: [Float]
    /// The function the network should fit, one value per `x`; nil leaves it out.
    public var target: [Float]?
    /// A title over the whole figure; nil for none.
    public var title: String?

    /// A decomposition of `model`'s curve at the inputs `x`, with an optional target curve.
    ///
    /// ```swift
    /// let parabola = Parabola.data(count: 100)
    /// let net = Sequential(seed: 0) { Dense(5, .relu); Dense(1, .linear) }
    /// net.compile(loss: .meanSquaredError, optimizer: Adam(0.01))
    /// try net.fit(parabola, epochs: 2000, batchSize: 100)
    /// show(ReLUDecomposition(net, x: parabola.x.data, target: parabola.y.data),
    ///      name: "parabola-units")
    /// ```
    public init(_ model: Sequential, x: [Float], target: [Float]? = nil, title: String? = nil) {
        self.model = model
        self.x = x
        self.target = target
        self.title = title
    }

    /// Accepts one-column matrices, as data sets store them.
    public init(_ model: Sequential, x: Matrix, target: Matrix? = nil, title: String? = nil) {
        self.init(model, x: x.data, target: target?.data, title: title)
    }

    /// Two panels: each hidden unit's output with its kink marked, and the weighted sum against the
    /// target. Throws when the dense layers are not shaped 1 → n → 1.
    public func makeFigure() throws -> Figure {
        let dense = model.denseLayers
        guard dense.count == 2, dense[0].weights.rows == 1, dense[1].weights.columns == 1 else {
            throw FigureError("ReLUDecomposition needs a 1 → n → 1 network; this one has dense "
                              + "layers \(dense.map { "\($0.weights.rows)×\($0.units)" })")
        }
        let hidden = dense[0], output = dense[1]
        return try ReLUChart(
            x: x.map(Double.init), target: target?.map(Double.init),
            weights: hidden.weights.data.map(Double.init), biases: hidden.bias.map(Double.init),
            outputWeights: output.weights.data.map(Double.init),
            outputBias: Double(output.bias[0]), title: title).makeFigure()
    }
}
