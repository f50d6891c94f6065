extension AxesRenderer {
    /// Horizontal bars at y = 0, 1, …; the value is written inside long bars, after short ones.
    func drawBars(_ bars: BarSeries) {
        let font = FontSpec(size: theme.tickSize)
        for (index, value) in bars.values.enumerated() {
            let y = Double(index)
            let start = layout.pixel(Point(0, y - 0.32))
            let end = layout.pixel(Point(value, y + 0.32))
            let rect = Rect(x: min(start.x, end.x), y: min(start.y, end.y),
                            width: abs(end.x - start.x), height: abs(end.y - start.y))
            let color = bars.colors.map { $0.count == 1 ? $0[0] : $0[index] } ?? Palette.blue
            backend.fill(.rectangle(rect), color: color)
            guard let decimals = bars.valueDecimals else { continue }
            let text = NumberFormat.fixed(value, decimals: decimals)
            let width = backend.measure(text, font: font).width
            if rect.width > width + 12 {
                let ink = color.luminance < 0.55 ? Color.white : theme.text
                backend.draw(text, at: Point(rect.maxX - 6, rect.midY), anchor: .right,
                             font: font, color: ink)
            } else {
                backend.draw(text, at: Point(rect.maxX + 5, rect.midY), anchor: .left,
                             font: font, color: theme.text)
            }
        }
    }
}
