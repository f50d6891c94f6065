import Figures
import Neural

/// A trained model's dense layers as a diagram (edge width ∝ |w|, colour = sign):
/// `NetworkDiagram(model, inputNames: ["price", …], unitNames: [["affordability", …]])`.
public struct NetworkDiagram: FigureConvertible {
    /// The model to draw; it must be built (trained, or run once with `predict`).
    public let model: Sequential
    /// One name per input feature; nil numbers the inputs.
    public var inputNames: [String]?
    /// Names per dense layer (hidden layers, then the output layer); nil numbers the units.
    public var unitNames: [[String]]?
    /// The diagram title; nil for none.
    public var title: String?

    /// A diagram of `model`'s dense layers, with optional names for the inputs and units.
    ///
    /// ```swift
    /// let shirts = TShirts.shirts(count: 2000, seed: 1)
    /// let norm = Normalization()
    /// try norm.adapt(shirts.x)
    /// let model = Sequential(seed: 1) { norm; Dense(3, .sigmoid); Dense(1, .sigmoid) }
    /// model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
    /// try model.fit(shirts, epochs: 60, batchSize: 32)
    /// show(NetworkDiagram(model, inputNames: shirts.featureNames), name: "shirt-network")
    /// ```
    public init(_ model: Sequential, inputNames: [String]? = nil, unitNames: [[String]]? = nil,
                title: String? = nil) {
        self.model = model
        self.inputNames = inputNames
        self.unitNames = unitNames
        self.title = title
    }

    /// Draws the inputs and the units of every dense layer, with one line per weight. Throws when
    /// the model is not built or a list of names has the wrong length.
    public func makeFigure() throws -> Figure {
        let dense = model.denseLayers
        guard !dense.isEmpty, dense.allSatisfy(\.isBuilt) else {
            throw FigureError("NetworkDiagram needs a built model (train it or call predict "
                              + "once so the weights exist)")
        }
        let weights = dense.map { layer -> [[Double]] in
            let w = layer.weights
            return (0..<w.rows).map { r in (0..<w.columns).map { Double(w[r, $0]) } }
        }
        return try NetworkChart(weights: weights, inputNames: inputNames, unitNames: unitNames,
                                title: title).makeFigure()
    }
}
