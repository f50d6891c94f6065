import Figures
import Neural

/// Each unit of one dense layer as a heat map of its activation over the 2-D input plane,
/// with its 0.5 line: `NeuronGrid(model, data, layer: 0)` (layers and units count from 0 in
/// code; panel titles read "Layer 1, unit 0").
public struct NeuronGrid: FigureConvertible {
    /// The trained 2-input model whose layer is drawn.
    public let model: Sequential
    /// The 2-feature data set: it sets the plane's ranges and axis labels and supplies the points.
    public let data: Dataset
    /// Index of the dense layer to draw, from 0; other layers such as `Normalization` are not counted.
    public var layer: Int
    /// Grid cells per side at which each unit's activation is sampled.
    public var resolution: Int
    /// Draws the data points over every panel.
    public var showPoints: Bool
    /// A known class boundary in input units, drawn dashed in every panel.
    public var trueBoundary: [Point]?

    /// A grid with one heat map per unit of dense layer `layer` of `model`, over the plane of `data`.
    ///
    /// ```swift
    /// let roasts = Coffee.roasts(count: 200, seed: 2)
    /// let norm = Normalization()
    /// try norm.adapt(roasts.x)
    /// let model = Sequential(seed: 1234) { norm; Dense(3, .sigmoid); Dense(1, .sigmoid) }
    /// model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
    /// try model.fit(roasts.tiled(times: 1000), epochs: 10, batchSize: 32)
    /// show(NeuronGrid(model, roasts, layer: 0), name: "coffee-units")
    /// ```
    public init(_ model: Sequential, _ data: Dataset, layer: Int = 0, resolution: Int = 120,
                showPoints: Bool = true, trueBoundary: [Point]? = nil) {
        self.model = model
        self.data = data
        self.layer = layer
        self.resolution = resolution
        self.showPoints = showPoints
        self.trueBoundary = trueBoundary
    }

    /// One panel per unit with a shared colour bar: sigmoid units use 0…1 and draw their 0.5 line,
    /// tanh units their 0 line. Throws when the data does not have 2 features or `layer` does not exist.
    public func makeFigure() throws -> Figure {
        guard data.x.columns == 2 else {
            throw FigureError("NeuronGrid needs 2 input features; the data has \(data.x.columns)")
        }
        let dense = model.denseLayers
        guard layer >= 0, layer < dense.count else {
            throw FigureError("NeuronGrid layer \(layer) does not exist; the model has "
                              + "\(dense.count) dense layers (0…\(dense.count - 1))")
        }
        let x = try ModelSampling.range(data.x, column: 0)
        let y = try ModelSampling.range(data.x, column: 1)
        let inputs = try ModelSampling.inputs(columns: resolution, rows: resolution, x: x, y: y)
        let outputs = try model.activations(inputs)
        let denseOutputs = zip(model.layers, outputs).filter { $0.0 is Dense }.map(\.1)
        let activation = denseOutputs[layer].activation
        let fields = (0..<activation.columns).map { unit in
            Grid2D(columns: resolution, rows: resolution, xRange: x, yRange: y,
                   values: (0..<activation.rows).map { Double(activation[$0, unit]) })
        }
        let kind = dense[layer].activation
        let bounded = kind == .sigmoid
        return try NeuronGridChart(
            fields: fields, layer: layer, points: showPoints ? ModelSampling.points(data) : nil,
            xLabel: data.featureNames.first, yLabel: data.featureNames.last,
            range: bounded ? 0...1 : nil, level: bounded ? 0.5 : (kind == .tanh ? 0 : nil),
            colorBarLabel: "\(kind.name) activation", trueBoundary: trueBoundary).makeFigure()
    }
}
