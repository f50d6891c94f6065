/// Draws a vertical colour bar with ticks and a rotated label.
enum ColorBarRenderer {
    /// Horizontal space the bar needs right of the plot, including its labels.
    static func width(_ bar: ColorBar, theme: Theme, backend: FigureBackend) -> Double {
        let tickFont = FontSpec(size: theme.tickSize)
        let widest = ticks(bar, length: 200).map { backend.measure($0.label, font: tickFont).width }
            .max() ?? 0
        var width = Spacing.colorBarGap + Spacing.colorBarWidth + Spacing.tickLength
            + Spacing.tickLabelGap + widest
        if bar.label != nil {
            width += Spacing.axisLabelGap + backend.lineHeight(FontSpec(size: theme.labelSize))
        }
        return width
    }

    static func ticks(_ bar: ColorBar, length: Double) -> [Tick] {
        if let ticks = bar.ticks { return ticks }
        return PanelLayout.ticks(Axis(), domain: bar.range, length: length, spacing: 45)
    }

    static func draw(_ bar: ColorBar, in rect: Rect, theme: Theme, backend: FigureBackend) {
        let steps = 128
        let low = bar.range.lowerBound, high = bar.range.upperBound
        let colorMap = theme.colorMap(bar.colorMap)
        let pixels = (0..<steps).map { index in
            colorMap.color(at: 1 - Double(index) / Double(steps - 1)).premultipliedARGB
        }
        backend.drawImage(PixelGrid(width: 1, height: steps, pixels: pixels), in: rect,
                          smooth: true)
        backend.stroke(.rectangle(rect), style: StrokeStyle(color: theme.axis, width: 0.8))
        let scale = Scale(domain: bar.range, start: rect.maxY, end: rect.minY)
        let tickFont = FontSpec(size: theme.tickSize)
        var widest = 0.0
        for tick in ticks(bar, length: rect.height) where tick.value >= low && tick.value <= high {
            let y = scale.pixel(tick.value)
            backend.stroke(.polyline([Point(rect.maxX, y),
                                      Point(rect.maxX + Spacing.tickLength, y)]),
                           style: StrokeStyle(color: theme.axis, width: 1))
            let box = backend.draw(tick.label,
                                   at: Point(rect.maxX + Spacing.tickLength
                                             + Spacing.tickLabelGap, y),
                                   anchor: .left, font: tickFont, color: theme.mutedText)
            widest = max(widest, box.width)
        }
        if let label = bar.label {
            let x = rect.maxX + Spacing.tickLength + Spacing.tickLabelGap + widest
                + Spacing.axisLabelGap
            backend.draw(label, at: Point(x, rect.midY), anchor: .top,
                         font: FontSpec(size: theme.labelSize), color: theme.text,
                         rotated: true)
        }
    }
}
