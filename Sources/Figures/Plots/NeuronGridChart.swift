/// Small multiples: each unit of one layer as a heat map over the input plane with its 0.5
/// line, titled "Layer 1, unit 0" (layers from 1, units from 0), sharing one colour bar.
public struct NeuronGridChart: FigureConvertible, Equatable, Sendable {
    /// One activation field per unit.
    public var fields: [Grid2D]
    /// Zero-based layer index; titles add one.
    public var layer: Int
    /// Labelled points drawn in every panel, by class.
    public var points: ClassPoints?
    /// Label of the horizontal input axis.
    public var xLabel: String?
    /// Label of the vertical input axis.
    public var yLabel: String?
    /// Colour range of all panels; activations of sigmoid units live in 0…1.
    public var range: ClosedRange<Double>?
    /// The line drawn in every panel (0.5 for sigmoid units).
    public var level: Double?
    /// Label of the shared colour bar.
    public var colorBarLabel: String
    /// A known class boundary (a polyline in input units) drawn dashed in every panel, so
    /// each unit's line can be compared with it.
    public var trueBoundary: [Point]?
    /// Panels per row; nil uses up to three.
    public var columns: Int?
    /// A title over the whole figure; nil draws none.
    public var title: String?

    /// One panel per field in `fields`, titled with `layer` and the unit number.
    ///
    /// ```swift
    /// let fields = [1.0, -1.0].map { w in
    ///     Grid2D(columns: 40, rows: 40, xRange: -2...2, yRange: -2...2) { x, y in
    ///         1 / (1 + exp(-(w * x + y)))
    ///     }
    /// }
    /// show(NeuronGridChart(fields: fields, xLabel: "x₁", yLabel: "x₂"), name: "units")
    /// ```
    public init(fields: [Grid2D], layer: Int = 0, points: ClassPoints? = nil,
                xLabel: String? = nil, yLabel: String? = nil, range: ClosedRange<Double>? = nil,
                level: Double? = 0.5, colorBarLabel: String = "activation",
                trueBoundary: [Point]? = nil, columns: Int? = nil, title: String? = nil) {
        self.fields = fields
        self.layer = layer
        self.points = points
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.range = range
        self.level = level
        self.colorBarLabel = colorBarLabel
        self.trueBoundary = trueBoundary
        self.columns = columns
        self.title = title
    }

    /// Builds the panels with one shared colour bar; throws a `FigureError` for empty or invalid fields.
    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(fields, "neuron grid fields")
        for (unit, field) in fields.enumerated() { try field.validate("unit \(unit)") }
        try points?.validate()
        if let trueBoundary {
            try Check.finite(trueBoundary.flatMap { [$0.x, $0.y] }, "true boundary")
        }
        let low = fields.compactMap { $0.values.min() }.min() ?? 0
        let high = fields.compactMap { $0.values.max() }.max() ?? 1
        let range = self.range ?? (low < high ? low...high : (low - 0.5)...(low + 0.5))
        let columns = self.columns ?? min(fields.count, 3)
        let panels = fields.enumerated().map { unit, field -> Axes in
            var axes = Axes(title: "Layer \(layer + 1), unit \(unit)",
                            x: Axis(label: xLabel, limits: field.xRange),
                            y: Axis(label: yLabel, limits: field.yRange), grid: false,
                            frame: .box)
            axes.items.append(.heatMap(HeatMap(grid: field, colorMap: .activation, range: range)))
            if let level {
                axes.items.append(.contour(ContourSeries(grid: field, level: level,
                                                         color: Color(hex: 0x1A1A1A),
                                                         width: 1.8)))
            }
            if let boundary = trueBoundary, boundary.count > 1 {
                axes.items.append(.line(LineSeries(x: boundary.map(\.x), y: boundary.map(\.y),
                                                   label: "true boundary",
                                                   color: Color(hex: 0x444444), width: 1.4,
                                                   dash: .dashed)))
            }
            points?.add(to: &axes, size: 5)
            // One legend is enough: the classes are the same in every panel.
            if unit > 0 { axes.legend = .hidden }
            return axes
        }
        let rows = (fields.count + columns - 1) / columns
        return Figure(width: max(640, 300 * columns + 90),
                      height: 300 * rows + 40 + (title == nil ? 0 : 30),
                      title: title, panels: panels, columns: columns,
                      colorBar: ColorBar(colorMap: .activation, range: range, label: colorBarLabel))
    }
}
