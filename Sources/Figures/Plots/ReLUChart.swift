/// How a 1-input ReLU layer builds a curve: each unit's output max(0, w·x + b), and the
/// output layer's weighted contributions summed (plus bias) into the prediction against the
/// target, with every unit's kink (x = −b/w) marked.
public struct ReLUChart: FigureConvertible, Equatable, Sendable {
    /// Input values at which the curves are drawn, in increasing order.
    public var x: [Double]
    /// Values the network should fit, one per x, drawn as a thick grey line.
    public var target: [Double]?
    /// Hidden-unit weights and biases (one input).
    public var weights: [Double]
    /// Hidden-unit biases, one per weight.
    public var biases: [Double]
    /// Output weights per hidden unit and the output bias.
    public var outputWeights: [Double]
    /// The output bias: where the stacked shares start.
    public var outputBias: Double
    /// Label of the x axis in both panels.
    public var xLabel: String
    /// Label of the prediction axis.
    public var yLabel: String
    /// A title over both panels; nil draws none.
    public var title: String?

    /// A chart of a one-input ReLU layer with these parameters, evaluated at `x`.
    ///
    /// ```swift
    /// let x = Array(stride(from: -2.0, through: 2.0, by: 0.1))
    /// show(ReLUChart(x: x, weights: [1, -1], biases: [0, 0.5], outputWeights: [1, 2],
    ///                outputBias: -0.2), name: "relu")
    /// ```
    public init(x: [Double], target: [Double]? = nil, weights: [Double], biases: [Double],
                outputWeights: [Double], outputBias: Double, xLabel: String = "x",
                yLabel: String = "y", title: String? = nil) {
        self.x = x
        self.target = target
        self.weights = weights
        self.biases = biases
        self.outputWeights = outputWeights
        self.outputBias = outputBias
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.title = title
    }

    /// Unit `j`'s output at every x.
    public func unitOutput(_ j: Int) -> [Double] { x.map { max(0, weights[j] * $0 + biases[j]) } }

    /// The network's prediction at every x.
    public func prediction() -> [Double] {
        x.map { value in
            weights.indices.reduce(outputBias) { sum, j in
                sum + outputWeights[j] * max(0, weights[j] * value + biases[j])
            }
        }
    }

    /// Kinks inside the plotted x range: (unit, x position).
    public func kinks() -> [(unit: Int, x: Double)] {
        guard let low = x.min(), let high = x.max() else { return [] }
        return weights.indices.compactMap { j in
            guard weights[j] != 0 else { return nil }
            let kink = -biases[j] / weights[j]
            return kink >= low && kink <= high ? (j, kink) : nil
        }
    }

    func validate() throws {
        try Check.nonEmpty(x, "ReLU chart x")
        try Check.finite(x, "ReLU chart x")
        guard biases.count == weights.count, outputWeights.count == weights.count else {
            throw FigureError("ReLU chart: \(weights.count) weights, \(biases.count) biases and "
                              + "\(outputWeights.count) output weights must match")
        }
        try Check.nonEmpty(weights, "ReLU chart units")
        try Check.finite(weights + biases + outputWeights + [outputBias], "ReLU chart parameters")
        if let target {
            try Check.sameLength(x, target, "ReLU chart target")
            try Check.finite(target, "ReLU chart target")
        }
    }

    /// Builds the units panel and the stacked-sum panel; throws a `FigureError` for bad parameters.
    public func makeFigure() throws -> Figure {
        try validate()
        return Figure(width: 960, height: 420, title: title,
                      panels: [unitsPanel(), sumPanel()], columns: 2)
    }
}
