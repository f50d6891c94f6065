/// Draws a whole `Figure` on any `FigureBackend`: background, title, the panel grid and an
/// optional shared colour bar.
public enum FigureRenderer {
    /// Validates the figure and draws it in CSS pixel coordinates (0…width, 0…height).
    public static func render(_ figure: Figure, on target: FigureBackend) throws {
        try figure.validate()
        let backend = figure.theme.scheme == .dark ? DarkInkBackend(drawingOn: target) : target
        let theme = figure.theme.fitted(toWidth: figure.width)
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
        let cells = figure.panels.indices.map { index in
            Rect(x: area.minX + Double(index % columns) * cellWidth,
                 y: area.minY + Double(index / columns) * cellHeight,
                 width: cellWidth, height: cellHeight)
        }
        let layouts = try panelLayouts(figure, cells: cells, theme: theme, backend: backend)
        var plotTop = Double.infinity, plotBottom = 0.0
        for (axes, layout) in zip(figure.panels, layouts) {
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

    /// Each panel's layout. A panel whose legend must go under its plot gets a band there,
    /// and so does every panel of its row, so that the plots of a row stay aligned. A row
    /// with a single such legend (small multiples that share one) centres it under the whole
    /// row, where it reads as the figure's legend.
    private static func panelLayouts(_ figure: Figure, cells: [Rect], theme: Theme,
                                     backend: FigureBackend) throws -> [PanelLayout] {
        var layouts = try zip(figure.panels, cells).map { axes, cell in
            try PanelLayout.make(axes, in: cell, theme: theme, backend: backend)
        }
        let needsBand = figure.panels.indices.map { index in
            LegendRenderer.needsBand(figure.panels[index], layout: layouts[index], theme: theme,
                                     backend: backend)
        }
        for row in 0..<figure.rows {
            let members = Array(row * figure.columns ..< min((row + 1) * figure.columns,
                                                             figure.panels.count))
            let banded = members.filter { needsBand[$0] }
            guard let first = members.first, let last = members.last, !banded.isEmpty else {
                continue
            }
            let spansRow = banded.count == 1
            let rowLeft = layouts[first].plot.minX, rowRight = layouts[last].plot.maxX
            let height = banded.map { index in
                LegendRenderer.bandHeight(figure.panels[index],
                                          width: spansRow ? rowRight - rowLeft
                                                          : layouts[index].plot.width,
                                          theme: theme, backend: backend)
            }.max() ?? 0
            for index in members {
                layouts[index] = try PanelLayout.make(figure.panels[index], in: cells[index],
                                                      theme: theme, backend: backend,
                                                      legendBand: height)
                if !needsBand[index] { layouts[index].legendBand = nil }
            }
            if spansRow, var band = layouts[banded[0]].legendBand {
                band.x = layouts[first].plot.minX
                band.width = layouts[last].plot.maxX - band.x
                layouts[banded[0]].legendBand = band
            }
        }
        return layouts
    }
}
