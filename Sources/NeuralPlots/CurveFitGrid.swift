import Figures
import Neural

/// Several 1 → n → 1 ReLU networks side by side, one small panel each: the target, the
/// network's prediction and a marker at every kink (x = −b/w of a hidden unit), coloured like
/// that unit in `ReLUDecomposition`. For comparing seeds, widths or training snapshots:
/// `CurveFitGrid([early, late], titles: ["step 50", "step 2000"], x: xs, target: ys)`.
///
/// All panels share one y range so their fits can be compared by eye.
public struct CurveFitGrid: FigureConvertible {
    /// The built 1 → n → 1 networks to compare, one panel each.
    public var models: [Sequential]
    /// One panel title per model, in the same order; nil leaves the panels untitled.
    public var titles: [String]?
    /// Input values at which every network is drawn.
    public var x: [Float]
    /// The function the networks fit, one value per `x`; nil leaves it out.
    public var target: [Float]?
    /// Panels per row (capped at the number of models).
    public var columns: Int
    /// Label of the horizontal axis.
    public var xLabel: String
    /// Label of the vertical axis.
    public var yLabel: String
    /// A title over the whole figure; nil for none.
    public var title: String?

    /// A grid comparing the fits of `models` at the inputs `x`, with an optional target curve.
    ///
    /// ```swift
    /// let parabola = Parabola.data(count: 100)
    /// let seeds: [UInt64] = [0, 1, 2]
    /// let nets = seeds.map { seed in
    ///     Sequential(seed: seed) { Dense(5, .relu); Dense(1, .linear) }
    /// }
    /// for net in nets {
    ///     net.compile(loss: .meanSquaredError, optimizer: Adam(0.01))
    ///     try net.fit(parabola, epochs: 2000, batchSize: 100)
    /// }
    /// show(CurveFitGrid(nets, titles: seeds.map { "seed \($0)" },
    ///                   x: parabola.x.data, target: parabola.y.data),
    ///      name: "parabola-seeds")
    /// ```
    public init(_ models: [Sequential], titles: [String]? = nil, x: [Float],
                target: [Float]? = nil, columns: Int = 3, xLabel: String = "x",
                yLabel: String = "y", title: String? = nil) {
        self.models = models
        self.titles = titles
        self.x = x
        self.target = target
        self.columns = columns
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.title = title
    }

    /// Draws every panel on one shared y range. Throws when `models` or `x` is empty, the number
    /// of titles differs from the number of models, or a model is not a built 1 → n → 1 network.
    public func makeFigure() throws -> Figure {
        guard !models.isEmpty else { throw FigureError("CurveFitGrid needs at least one model") }
        if let titles, titles.count != models.count {
            throw FigureError("CurveFitGrid: \(titles.count) titles for \(models.count) models")
        }
        guard !x.isEmpty else { throw FigureError("CurveFitGrid needs at least one x value") }
        let charts = try models.map { try CurveFitGrid.chart(for: $0, x: x, target: target) }
        let values = charts.flatMap { $0.prediction() } + (target ?? []).map(Double.init)
        let low = values.min()!, high = values.max()!
        let pad = high > low ? (high - low) * 0.06 : 1
        let yLimits = (low - pad)...(high + pad)
        let panels = charts.enumerated().map { index, chart in
            panel(chart, title: titles?[index], yLimits: yLimits, labelled: index == 0)
        }
        let columns = max(1, min(self.columns, panels.count))
        let rows = (panels.count + columns - 1) / columns
        return Figure(width: max(640, 300 * columns), height: 250 * rows + (title == nil ? 0 : 30),
                      title: title, panels: panels, columns: columns)
    }

    private func panel(_ chart: ReLUChart, title: String?, yLimits: ClosedRange<Double>,
                       labelled: Bool) -> Axes {
        var axes = Axes(title: title, x: Axis(label: xLabel), y: Axis(label: yLabel, limits: yLimits),
                        legend: labelled ? .automatic : .hidden)
        if let target = chart.target {
            axes.line(x: chart.x, y: target, label: "target", color: Color(hex: 0x8C8C8C), width: 5)
        }
        axes.line(x: chart.x, y: chart.prediction(), label: "prediction",
                  color: Color(hex: 0x1A1A1A), width: 2)
        for kink in chart.kinks() {
            let at = ReLUChart(x: [kink.x], weights: chart.weights, biases: chart.biases,
                               outputWeights: chart.outputWeights,
                               outputBias: chart.outputBias).prediction()[0]
            axes.items.append(.reference(ReferenceLine(.vertical, at: kink.x,
                                                       color: Palette.series(kink.unit))))
            axes.scatter(x: [kink.x], y: [at], color: Palette.series(kink.unit), marker: .diamond,
                         size: 9)
        }
        return axes
    }

    /// The chart data of a 1 → n → 1 network (throws for any other shape).
    static func chart(for model: Sequential, x: [Float], target: [Float]?) throws -> ReLUChart {
        let dense = model.denseLayers
        guard dense.count == 2, dense.allSatisfy(\.isBuilt), dense[0].weights.rows == 1,
              dense[1].weights.columns == 1 else {
            throw FigureError("CurveFitGrid needs built 1 → n → 1 networks; got dense layers "
                              + "\(dense.map { "\($0.weights.rows)×\($0.units)" })")
        }
        return ReLUChart(x: x.map(Double.init), target: target?.map(Double.init),
                         weights: dense[0].weights.data.map(Double.init),
                         biases: dense[0].bias.map(Double.init),
                         outputWeights: dense[1].weights.data.map(Double.init),
                         outputBias: Double(dense[1].bias[0]))
    }
}
