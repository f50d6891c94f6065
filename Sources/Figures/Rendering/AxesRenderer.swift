/// Draws one panel: grid, items (clipped to the plot area), frame, ticks, labels, legend,
/// colour bar and title.
struct AxesRenderer {
    let axes: Axes
    let layout: PanelLayout
    let theme: Theme
    let backend: FigureBackend

    func draw() {
        if axes.grid, axes.frame != .none { drawGrid() }
        drawItems()
        if axes.frame != .none { drawFrame() }
        LegendRenderer.draw(axes, layout: layout, theme: theme, backend: backend)
        if let bar = axes.colorBar, let rect = layout.colorBar {
            ColorBarRenderer.draw(bar, in: rect, theme: theme, backend: backend)
        }
        let font = layout.titleFont
        for (index, line) in layout.titleLines.enumerated() {
            // Centred on the plot, but moved in as far as needed to stay inside the panel.
            let half = backend.measure(line, font: font).width / 2
            let centre = axes.frame == .none ? layout.cell.midX : layout.plot.midX
            let x = min(max(centre, layout.cell.minX + half), layout.cell.maxX - half)
            let y = layout.cell.minY + Spacing.panelPadding
                + backend.lineHeight(font) * Double(index)
            backend.draw(line, at: Point(x, y), anchor: .top, font: font, color: theme.text)
        }
    }

    private func drawGrid() {
        let style = StrokeStyle(color: theme.grid, width: 1)
        let plot = layout.plot
        for tick in layout.xTicks {
            let x = layout.xScale.pixel(tick.value)
            backend.stroke(.polyline([Point(x, plot.minY), Point(x, plot.maxY)]), style: style)
        }
        for tick in layout.yTicks {
            let y = layout.yScale.pixel(tick.value)
            backend.stroke(.polyline([Point(plot.minX, y), Point(plot.maxX, y)]), style: style)
        }
    }

    private func drawFrame() {
        let plot = layout.plot
        let style = StrokeStyle(color: theme.axis, width: 1)
        if axes.frame == .box {
            backend.stroke(.rectangle(plot), style: style)
        } else {
            backend.stroke(.polyline([Point(plot.minX, plot.minY), Point(plot.minX, plot.maxY),
                                      Point(plot.maxX, plot.maxY)]), style: style)
        }
        let tickFont = FontSpec(size: theme.tickSize)
        let labelFont = FontSpec(size: theme.labelSize)
        let tickEnd = Spacing.tickLength + Spacing.tickLabelGap
        var lowest = plot.maxY
        for tick in layout.xTicks {
            let x = layout.xScale.pixel(tick.value)
            backend.stroke(.polyline([Point(x, plot.maxY),
                                      Point(x, plot.maxY + Spacing.tickLength)]), style: style)
            let box = backend.draw(tick.label, at: Point(x, plot.maxY + tickEnd), anchor: .top,
                                   font: tickFont, color: theme.mutedText)
            lowest = max(lowest, box.maxY)
        }
        var leftmost = plot.minX
        for tick in layout.yTicks {
            let y = layout.yScale.pixel(tick.value)
            backend.stroke(.polyline([Point(plot.minX - Spacing.tickLength, y),
                                      Point(plot.minX, y)]), style: style)
            let box = backend.draw(tick.label, at: Point(plot.minX - tickEnd, y),
                                   anchor: .right, font: tickFont, color: theme.mutedText)
            leftmost = min(leftmost, box.minX)
        }
        if let label = axes.x.label {
            let top = (layout.xTicks.isEmpty ? plot.maxY : lowest) + Spacing.axisLabelGap
            backend.draw(label, at: Point(plot.midX, top), anchor: .top, font: labelFont,
                         color: theme.text)
        }
        if let label = axes.y.label {
            let right = (layout.yTicks.isEmpty ? plot.minX : leftmost) - Spacing.axisLabelGap
            backend.draw(label, at: Point(right, plot.midY), anchor: .bottom, font: labelFont,
                         color: theme.text, rotated: true)
        }
    }
}
