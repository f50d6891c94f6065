/// Horizontal bars with category labels, such as softmax probabilities per class; several
/// inputs become side-by-side panels.
public struct BarChart: FigureConvertible, Equatable, Sendable {
    /// Category names, one bar each, top to bottom.
    public var categories: [String]
    /// One row of values per panel.
    public var values: [[Double]]
    /// A title per panel; nil or a missing entry leaves a panel untitled.
    public var panelTitles: [String]?
    /// Label of the value axis.
    public var xLabel: String?
    /// Fixed value axis, such as 0…1 for probabilities.
    public var limits: ClosedRange<Double>?
    /// Paints the largest bar of each panel orange, the others blue.
    public var highlightMaximum: Bool
    /// A title over the whole figure; nil draws none.
    public var title: String?

    /// Bars over `categories`, one panel per row of `values`, with the largest bar highlighted.
    ///
    /// ```swift
    /// show(BarChart(categories: ["cat", "dog", "bird"], values: [[0.7, 0.2, 0.1]],
    ///               xLabel: "probability", limits: 0...1), name: "softmax")
    /// ```
    public init(categories: [String], values: [[Double]], panelTitles: [String]? = nil,
                xLabel: String? = nil, limits: ClosedRange<Double>? = nil,
                highlightMaximum: Bool = true, title: String? = nil) {
        self.categories = categories
        self.values = values
        self.panelTitles = panelTitles
        self.xLabel = xLabel
        self.limits = limits
        self.highlightMaximum = highlightMaximum
        self.title = title
    }

    /// Builds one panel per row of values, up to four across; throws a `FigureError` for bad values.
    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(values, "bar chart values")
        let ticks = categories.enumerated().map { Tick(Double($0.offset), $0.element) }
        let panels = try values.enumerated().map { index, row -> Axes in
            let bars = BarSeries(categories: categories, values: row,
                                 colors: highlightMaximum ? colors(row) : nil)
            try bars.validate()
            return Axes(title: panelTitles.flatMap { index < $0.count ? $0[index] : nil },
                        x: Axis(label: xLabel, limits: limits ?? 0...max(1e-9, row.max() ?? 1) * 1.15),
                        y: Axis(limits: -0.5...(Double(categories.count) - 0.5),
                                ticks: .fixed(ticks), inverted: true),
                        items: [.bars(bars)], legend: .hidden)
        }
        let columns = min(panels.count, 4)
        let rows = (panels.count + columns - 1) / columns
        let height = max(220, categories.count * 26 + 110) * rows + (title == nil ? 0 : 30)
        return Figure(width: columns == 1 ? 560 : 240 * columns, height: height,
                      title: title, panels: panels, columns: columns)
    }

    private func colors(_ row: [Double]) -> [Color] {
        let best = row.indices.max { row[$0] < row[$1] }
        return row.indices.map { $0 == best ? Palette.orange : Palette.blue }
    }
}
