import Figures
import Neural

/// Several 2-input classifiers on the same data, one decision-boundary panel each, with one
/// shared probability colour bar: `BoundaryGrid(models, data, titles: ["1 unit: 68%", …])`.
/// For width sweeps and seed comparisons.
///
/// Panels carry no legend (the caption explains the markers); the data points are drawn
/// smaller than in a single `BoundaryPlot` so the shading stays visible.
public struct BoundaryGrid: FigureConvertible {
    /// The 2-input classifiers to compare, one panel each.
    public var models: [Sequential]
    /// The 2-feature data set drawn in every panel; it also sets the shared axis ranges.
    public var data: Dataset
    /// One panel title per model, in the same order; nil leaves the panels untitled.
    public var titles: [String]?
    /// Panels per row; nil picks a layout without holes (see `layoutColumns(for:)`).
    public var columns: Int?
    /// Grid cells per side at which each model's probability is sampled.
    public var resolution: Int
    /// Diameter of the data markers, in pixels.
    public var pointSize: Double
    /// A title over the whole figure; nil for none.
    public var title: String?

    /// A grid with one decision-boundary panel per model in `models`, all over `data`.
    ///
    /// ```swift
    /// let circle = Playground.circle(count: 500, seed: 1)
    /// let seeds: [UInt64] = [1, 2, 3]
    /// let models = seeds.map { seed in
    ///     Sequential(seed: seed) { Dense(3, .tanh); Dense(1, .sigmoid) }
    /// }
    /// for model in models {
    ///     model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
    ///     try model.fit(circle, epochs: 100, batchSize: 32)
    /// }
    /// show(BoundaryGrid(models, circle, titles: seeds.map { "seed \($0)" }),
    ///      name: "circle-seeds")
    /// ```
    public init(_ models: [Sequential], _ data: Dataset, titles: [String]? = nil,
                columns: Int? = nil, resolution: Int = 120, pointSize: Double = 4,
                title: String? = nil) {
        self.models = models
        self.data = data
        self.titles = titles
        self.columns = columns
        self.resolution = resolution
        self.pointSize = pointSize
        self.title = title
    }

    /// Draws the panels with one shared P(class 1) colour bar. Throws when `models` is empty,
    /// the number of titles differs from the number of models, or a model cannot be drawn.
    public func makeFigure() throws -> Figure {
        guard !models.isEmpty else { throw FigureError("BoundaryGrid needs at least one model") }
        if let titles, titles.count != models.count {
            throw FigureError("BoundaryGrid: \(titles.count) titles for \(models.count) models")
        }
        let x = try ModelSampling.range(data.x, column: 0)
        let y = try ModelSampling.range(data.x, column: 1)
        let panels = try models.enumerated().map { index, model -> Axes in
            var axes = try BoundaryPlot(model, data, resolution: resolution,
                                        title: titles?[index], xRange: x, yRange: y).axes()
            axes.legend = .hidden
            axes.items = axes.items.map { item in
                guard case .scatter(var series) = item else { return item }
                series.size = pointSize
                return .scatter(series)
            }
            return axes
        }
        let columns = max(1, min(self.columns ?? Self.layoutColumns(for: panels.count), panels.count))
        let rows = (panels.count + columns - 1) / columns
        let positive = data.classNames.count > 1 ? data.classNames[1] : "class 1"
        return Figure(width: 270 * columns + 110, height: 280 * rows + (title == nil ? 0 : 30),
                      title: title, panels: panels, columns: columns,
                      colorBar: ColorBar(colorMap: .probability, range: 0...1,
                                         label: "P(\(positive))"))
    }

    /// Columns for `count` panels that leave no hole in the last row where one can: up to 3
    /// in one row, then 3 or 2 per row, whichever divides (4 → 2 × 2, 6 → 3 × 2, 8 → 4 × 2);
    /// 3 per row when neither does.
    public static func layoutColumns(for count: Int) -> Int {
        if count <= 3 { return max(1, count) }
        if count % 3 == 0 { return 3 }
        if count % 4 == 0 && count > 4 { return 4 }
        if count % 2 == 0 { return 2 }
        return 3
    }
}
