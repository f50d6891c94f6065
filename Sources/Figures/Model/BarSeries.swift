/// Horizontal bars, one per category, drawn top to bottom in the given order.
public struct BarSeries: Hashable, Sendable {
    /// Category names, one per bar, top to bottom.
    public var categories: [String]
    /// Bar lengths in data units, one per category.
    public var values: [Double]
    /// One colour for all bars or one per bar; nil uses the first palette colour.
    public var colors: [Color]?
    /// Writes each value at the end of its bar with this many decimals; nil writes none.
    public var valueDecimals: Int?

    /// Bars for `categories` with lengths `values`; by default each value is written with two decimals.
    public init(categories: [String], values: [Double], colors: [Color]? = nil,
                valueDecimals: Int? = 2) {
        self.categories = categories
        self.values = values
        self.colors = colors
        self.valueDecimals = valueDecimals
    }

    func validate() throws {
        try Check.nonEmpty(values, "bar values")
        guard categories.count == values.count else {
            throw FigureError("bars: \(categories.count) categories but \(values.count) values")
        }
        try Check.finite(values, "bar values")
        if let colors, colors.count != 1, colors.count != values.count {
            throw FigureError("bars: \(colors.count) colours for \(values.count) bars "
                              + "(give 1 or one per bar)")
        }
    }
}
