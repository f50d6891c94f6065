/// A small text table as a figure, for example the weights and biases of a trained layer.
public struct TableChart: FigureConvertible, Equatable, Sendable {
    /// The column headings.
    public var header: [String]
    /// The body rows as text, one cell per heading.
    public var rows: [[String]]
    /// The table title; nil draws none.
    public var title: String?
    /// Figure width in CSS pixels; the height follows from the rows.
    public var width: Int

    /// A table of ready-made text cells.
    ///
    /// ```swift
    /// show(TableChart(header: ["unit", "w", "b"], rows: [["0", "1.20", "-0.50"], ["1", "-0.80", "0.10"]]),
    ///      name: "weights")
    /// ```
    public init(header: [String], rows: [[String]], title: String? = nil, width: Int = 480) {
        self.header = header
        self.rows = rows
        self.title = title
        self.width = width
    }

    /// Numbers formatted with `decimals` digits; the first column holds row names.
    public init(header: [String], rowNames: [String], values: [[Double]], decimals: Int = 3,
                title: String? = nil) {
        self.init(header: header, rows: zip(rowNames, values).map { name, row in
            [name] + row.map { NumberFormat.fixed($0, decimals: decimals) }
        }, title: title)
    }

    /// Builds a frameless figure; throws a `FigureError` for an empty header or a row of the wrong length.
    public func makeFigure() throws -> Figure {
        let content = TableContent(header: header, rows: rows)
        try content.validate()
        let axes = Axes(title: title, items: [.table(content)], legend: .hidden, grid: false,
                        frame: .none)
        let height = Int(23 * Double(rows.count + 1)) + 24 + (title == nil ? 0 : 30)
        return Figure(axes, width: width, height: height)
    }
}
