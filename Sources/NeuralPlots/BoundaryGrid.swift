import Figures
import Neural

/// Several 2-input classifiers on the same data, one decision-boundary panel each, with one
/// shared probability colour bar: `BoundaryGrid(models, data, titles: ["1 unit: 68%", …])`.
/// For width sweeps and seed comparisons.
///
/// Panels carry no legend (the caption explains the markers); the data points are drawn
/// smaller than in a single `BoundaryPlot` so the shading stays visible.
public struct BoundaryGrid: FigureConvertible {
    public var models: [Sequential]
    public var data: Dataset
    public var titles: [String]?
    /// Panels per row; nil picks a layout without holes (see `layoutColumns(for:)`).
    public var columns: Int?
    public var resolution: Int
    public var pointSize: Double
    public var title: String?

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
