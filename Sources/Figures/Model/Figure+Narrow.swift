extension Figure {
    /// Width of the phone layout in CSS pixels: phones show figures about 340-400 px wide.
    public static let narrowWidth = 420

    /// The figure laid out for a phone screen, or nil when it already fits one (or opted out
    /// with `allowsNarrowLayout`); drawn with `narrowPanels` when the figure has them.
    ///
    /// A phone shrinks a 990 px row of three panels to a third of its size, past reading. The
    /// narrow layout keeps the panels in reading order and each roughly its shape, so text
    /// stays near its set size, and keeps rows whole where it can: small images of a grid
    /// stay in their rows; otherwise a row is split into equal parts (a divisor of the column
    /// count) with each panel at least three quarters of its width, which for charts and heat
    /// maps means one per line.
    public func narrowVariant() -> Figure? {
        let narrow = Double(Self.narrowWidth)
        guard allowsNarrowLayout, Double(width) > narrow + 40 else { return nil }
        let barRoom = colorBar == nil ? 0.0 : 80
        let titleRoom = title == nil ? 0.0 : 30
        let cellWidth = Double(width) / Double(columns)
        let cellHeight = (Double(height) - titleRoom) / Double(rows)
        let narrowColumns = self.narrowColumns.map { min(max($0, 1), columns) }
            ?? Self.narrowColumns(columns, cellWidth: cellWidth, available: narrow - barRoom)
        let narrowRows = (panels.count + narrowColumns - 1) / narrowColumns
        let narrowCellWidth = (narrow - barRoom) / Double(narrowColumns)
        let aspect = min(max(cellHeight / cellWidth, 0.55), 1.1)
        var copy = self
        if let narrowPanels, narrowPanels.count == panels.count { copy.panels = narrowPanels }
        copy.narrowPanels = nil
        copy.narrowColumns = nil
        copy.columns = narrowColumns
        copy.width = Self.narrowWidth
        copy.height = narrowHeight.map { min(max($0, 1), 8192) } ?? Int((narrowCellWidth * aspect * Double(narrowRows) + titleRoom).rounded())
        copy.narrowHeight = nil
        return copy.height <= 8192 ? copy : nil
    }

    private static func narrowColumns(_ columns: Int, cellWidth: Double,
                                      available: Double) -> Int {
        // Small panels (images of a grid) that still fit 64 px each keep their rows.
        if cellWidth <= 110, Double(columns) * 64 <= available { return columns }
        let wanted = max(cellWidth * 0.75, 100)
        return (1...columns).reversed().first { columns % $0 == 0
            && available / Double($0) >= wanted } ?? 1
    }
}
