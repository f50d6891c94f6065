/// Lays out a text table in a rectangle: a bold header, a rule, then rows; the first column
/// is left-aligned and the others (numbers) right-aligned.
enum TableRenderer {
    static func draw(_ table: TableContent, in rect: Rect, theme: Theme,
                     backend: FigureBackend) {
        let font = FontSpec(size: theme.tickSize)
        let bold = FontSpec(size: theme.tickSize, bold: true)
        let columns = table.header.count
        var widths = (0..<columns).map { backend.measure(table.header[$0], font: bold).width }
        for row in table.rows {
            for column in 0..<columns {
                widths[column] = max(widths[column], backend.measure(row[column], font: font).width)
            }
        }
        let gap = 22.0
        let total = widths.reduce(0, +) + gap * Double(columns - 1)
        let rowHeight = min(theme.tickSize * 1.9, rect.height / Double(table.rows.count + 1))
        var x = rect.minX + max(0, (rect.width - total) / 2)
        let top = rect.minY + 4
        for column in 0..<columns {
            let alignRight = column > 0
            let anchorX = alignRight ? x + widths[column] : x
            let anchor: TextAnchor = alignRight ? .right : .left
            backend.draw(table.header[column], at: Point(anchorX, top + rowHeight / 2),
                         anchor: anchor, font: bold, color: theme.text)
            for (index, row) in table.rows.enumerated() {
                let y = top + rowHeight * (Double(index) + 1.5) + 3
                backend.draw(row[column], at: Point(anchorX, y), anchor: anchor, font: font,
                             color: theme.text)
            }
            x += widths[column] + gap
        }
        let ruleX = rect.minX + max(0, (rect.width - total) / 2)
        backend.stroke(.polyline([Point(ruleX, top + rowHeight + 1),
                                  Point(ruleX + total, top + rowHeight + 1)]),
                       style: StrokeStyle(color: theme.axis, width: 1))
    }
}
