/// Draws a whole `Figure` on any `FigureBackend`: background, title, the panel grid and an
/// optional shared colour bar.
public enum FigureRenderer {
    /// Validates the figure and draws it in CSS pixel coordinates (0…width, 0…height).
    public static func render(_ figure: Figure, on backend: FigureBackend) throws {
        try figure.validate()
        let theme = figure.theme
        let full = Rect(x: 0, y: 0, width: Double(figure.width), height: Double(figure.height))
        backend.fill(.rectangle(full), color: theme.background)
        var area = full.inset(top: Spacing.figurePadding - Spacing.panelPadding,
                              left: Spacing.figurePadding - Spacing.panelPadding,
                              bottom: Spacing.figurePadding - Spacing.panelPadding,
                              right: Spacing.figurePadding - Spacing.panelPadding)
        if let title = figure.title {
            let font = FontSpec(size: theme.figureTitleSize, bold: true)
            backend.draw(title, at: Point(full.midX, Spacing.figurePadding), anchor: .top,
                         font: font, color: theme.text)
            area = area.inset(top: backend.lineHeight(font) + Spacing.titleGap)
        }
        var sharedBar: Rect?
        if let bar = figure.colorBar {
            let width = ColorBarRenderer.width(bar, theme: theme, backend: backend)
            area = area.inset(right: width)
            sharedBar = Rect(x: area.maxX + Spacing.colorBarGap, y: area.minY,
                             width: Spacing.colorBarWidth, height: area.height)
        }
        let columns = figure.columns, rows = figure.rows
        let cellWidth = area.width / Double(columns)
        let cellHeight = area.height / Double(rows)
        var plotTop = Double.infinity, plotBottom = 0.0
        for (index, axes) in figure.panels.enumerated() {
            let cell = Rect(x: area.minX + Double(index % columns) * cellWidth,
                            y: area.minY + Double(index / columns) * cellHeight,
                            width: cellWidth, height: cellHeight)
            let layout = try PanelLayout.make(axes, in: cell, theme: theme, backend: backend)
            AxesRenderer(axes: axes, layout: layout, theme: theme, backend: backend).draw()
            plotTop = min(plotTop, layout.plot.minY)
            plotBottom = max(plotBottom, layout.plot.maxY)
        }
        if let bar = figure.colorBar, var rect = sharedBar {
            // Span the plot areas, not the titles and tick labels around them.
            rect.y = plotTop
            rect.height = max(10, plotBottom - plotTop)
            ColorBarRenderer.draw(bar, in: rect, theme: theme, backend: backend)
        }
    }
}
