import Figures
import Neural

/// A trained model's dense layers as a diagram (edge width ∝ |w|, colour = sign):
/// `NetworkDiagram(model, inputNames: ["price", …], unitNames: [["affordability", …]])`.
public struct NetworkDiagram: FigureConvertible {
    public let model: Sequential
    public var inputNames: [String]?
    /// Names per dense layer (hidden layers, then the output layer); nil numbers the units.
    public var unitNames: [[String]]?
    public var title: String?

    public init(_ model: Sequential, inputNames: [String]? = nil, unitNames: [[String]]? = nil,
                title: String? = nil) {
        self.model = model
        self.inputNames = inputNames
        self.unitNames = unitNames
        self.title = title
    }

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
