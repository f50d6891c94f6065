/// Counts of (true class, predicted class) as shaded cells with the count written in each.
public struct ConfusionMatrixChart: FigureConvertible, Equatable, Sendable {
    /// `counts[true][predicted]`.
    public var counts: [[Int]]
    /// Names along both axes, one per class.
    public var classNames: [String]
    /// The chart title; nil draws none.
    public var title: String?

    /// A confusion matrix of `counts`; nil `classNames` numbers the classes from 0.
    ///
    /// ```swift
    /// show(ConfusionMatrixChart(counts: [[48, 2], [5, 45]], classNames: ["cat", "dog"]),
    ///      name: "confusion")
    /// ```
    public init(counts: [[Int]], classNames: [String]? = nil, title: String? = nil) {
        self.counts = counts
        self.classNames = classNames ?? counts.indices.map { "\($0)" }
        self.title = title
    }

    /// Builds a square panel sized to the classes; throws a `FigureError` for a non-square matrix.
    public func makeFigure() throws -> Figure {
        let n = counts.count
        guard n > 0, counts.allSatisfy({ $0.count == n }) else {
            throw FigureError("confusion matrix must be square and non-empty; got \(n) rows of "
                              + "lengths \(counts.map(\.count))")
        }
        guard classNames.count == n else {
            throw FigureError("confusion matrix: \(classNames.count) class names for \(n) classes")
        }
        let values = counts.flatMap { $0.map(Double.init) }
        let grid = Grid2D(columns: n, rows: n, xRange: -0.5...(Double(n) - 0.5),
                          yRange: -0.5...(Double(n) - 0.5), values: values)
        let high = Double(max(1, counts.flatMap { $0 }.max() ?? 1))
        let ticks = classNames.enumerated().map { Tick(Double($0.offset), $0.element) }
        var axes = Axes(title: title, x: Axis(label: "predicted class", ticks: .fixed(ticks)),
                        y: Axis(label: "true class", ticks: .fixed(ticks), inverted: true),
                        items: [.heatMap(HeatMap(grid: grid, colorMap: .blues, range: 0...high,
                                                 smooth: false))],
                        grid: false, frame: .box, equalAspect: true)
        let size = n > 12 ? 10.0 : 12.0
        for (row, line) in counts.enumerated() {
            for (column, count) in line.enumerated() {
                let shade = ColorMap.blues.color(at: Double(count) / high)
                axes.items.append(.text(TextAnnotation(
                    "\(count)", at: Point(Double(column), Double(row)),
                    color: shade.luminance < 0.5 ? .white : Color(hex: 0x1A1A1A), size: size)))
            }
        }
        let side = min(720, max(360, 44 * n + 140))
        return Figure(axes, width: side + 40, height: side)
    }
}
