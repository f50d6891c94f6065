extension Figure {
    /// Width of the phone layout in CSS pixels: phones show figures about 340-400 px wide.
    public static let narrowWidth = 420

    /// The figure laid out for a phone screen, or nil when it already fits one.
    ///
    /// A phone shrinks a 990 px row of three panels to a third of its size, past reading. The
    /// narrow layout uses fewer columns instead: as many as fit with each panel at least
    /// three quarters of its width (small images of a grid stay side by side, heat maps get
    /// a row each), and each panel keeps roughly its shape, so text stays near its set size.
    public func narrowVariant() -> Figure? {
        let narrow = Double(Self.narrowWidth)
        guard Double(width) > narrow + 40 else { return nil }
        let titleRoom = title == nil ? 0.0 : 30
        let cellWidth = Double(width) / Double(columns)
        let cellHeight = (Double(height) - titleRoom) / Double(rows)
        let narrowColumns = min(columns, max(1, Int(narrow / max(cellWidth * 0.75, 100))))
        let narrowRows = (panels.count + narrowColumns - 1) / narrowColumns
        let barRoom = colorBar == nil ? 0.0 : 80
        let narrowCellWidth = (narrow - barRoom) / Double(narrowColumns)
        let aspect = min(max(cellHeight / cellWidth, 0.55), 1.1)
        var copy = self
        copy.columns = narrowColumns
        copy.width = Self.narrowWidth
        copy.height = Int((narrowCellWidth * aspect * Double(narrowRows) + titleRoom).rounded())
        return copy.height <= 8192 ? copy : nil
    }
}
