/// A network drawn as circles per unit and lines per weight: line width ∝ |w|, colour by sign.
public struct NetworkChart: FigureConvertible, Equatable, Sendable {
    /// `weights[l][i][j]`: from unit i of layer l to unit j of layer l + 1 (layer 0 = inputs).
    public var weights: [[[Double]]]
    /// Names written left of the input units; nil writes none.
    public var inputNames: [String]?
    /// Names per non-input layer (hidden layers, then the output layer); nil numbers the units.
    public var unitNames: [[String]]?
    /// The diagram title; nil draws none.
    public var title: String?
    /// Figure width in CSS pixels.
    public var width: Int
    /// Figure height in CSS pixels.
    public var height: Int

    /// A diagram of a network with these weights, layer by layer.
    ///
    /// ```swift
    /// let weights: [[[Double]]] = [[[0.5, -1.2], [0.8, 0.3]], [[1.5], [-0.7]]]
    /// show(NetworkChart(weights: weights, inputNames: ["x₁", "x₂"]), name: "network")
    /// ```
    public init(weights: [[[Double]]], inputNames: [String]? = nil, unitNames: [[String]]? = nil,
                title: String? = nil, width: Int = 720, height: Int = 420) {
        self.weights = weights
        self.inputNames = inputNames
        self.unitNames = unitNames
        self.title = title
        self.width = width
        self.height = height
    }

    /// Units per layer, inputs first.
    public func layerSizes() throws -> [Int] {
        try Check.nonEmpty(weights, "network weights")
        var sizes = [weights[0].count]
        for (l, matrix) in weights.enumerated() {
            guard matrix.count == sizes[l], let units = matrix.first?.count, units > 0,
                  matrix.allSatisfy({ $0.count == units }) else {
                throw FigureError("network weights: layer \(l) must be \(sizes[l]) rows of equal, "
                                  + "non-zero length")
            }
            try Check.finite(matrix.flatMap { $0 }, "network weights of layer \(l)")
            sizes.append(units)
        }
        if let names = inputNames, names.count != sizes[0] {
            throw FigureError("network: \(names.count) input names for \(sizes[0]) inputs")
        }
        for (l, names) in (unitNames ?? []).enumerated() where l + 1 < sizes.count
            && names.count != sizes[l + 1] {
            throw FigureError("network: \(names.count) names for the \(sizes[l + 1]) units of "
                              + "layer \(l + 1)")
        }
        return sizes
    }
}
