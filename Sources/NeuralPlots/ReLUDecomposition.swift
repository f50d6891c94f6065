import Figures
import Neural

/// How a 1-input network with one ReLU hidden layer and a linear output builds its curve:
/// `ReLUDecomposition(model, x: xs, target: ys)`.
public struct ReLUDecomposition: FigureConvertible {
    public let model: Sequential
    public var x: [Float]
    public var target: [Float]?
    public var title: String?

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
