/// Builds and places a panel's legend.
enum LegendRenderer {
    enum Swatch {
        case line(Color, Double, LineDash)
        /// A line drawn through markers: both, as on the plot.
        case lineWithMarker(Color, Double, LineDash, MarkerShape)
        case marker(MarkerShape, Color)
        case box(Color)
    }

    struct Entry {
        var label: String
        var swatch: Swatch
    }

    static func entries(_ items: [PlotItem], theme: Theme) -> [Entry] {
        var entries: [Entry] = []
        for (index, item) in items.enumerated() {
            let fallback = ItemColors.color(for: items, at: index, theme: theme)
            switch item {
            case .line(let s):
                if let label = s.label {
                    let color = s.color ?? fallback
                    entries.append(Entry(label: label, swatch: s.marker.map {
                        .lineWithMarker(color, s.width, s.dash, $0) }
                        ?? .line(color, s.width, s.dash)))
                }
            case .scatter(let s):
                if let label = s.label {
                    entries.append(Entry(label: label, swatch: .marker(s.marker,
                                                                       s.color ?? fallback)))
                }
            case .contour(let c):
                if let label = c.label {
                    entries.append(Entry(label: label, swatch: .line(c.color ?? theme.emphasis,
                                                                     c.width, c.dash)))
                }
            // Reference lines are labelled in place (AxesRenderer.drawReference).
            case .polygon(let p):
                if let label = p.label, let fill = p.fill {
                    entries.append(Entry(label: label, swatch: .box(fill)))
                }
            default: break
            }
        }
        return entries
    }

    static func draw(_ axes: Axes, layout: PanelLayout, theme: Theme, backend: FigureBackend) {
        let entries = shownEntries(axes, theme: theme)
        if entries.isEmpty { return }
        if let band = layout.legendBand {
            drawRows(entries, in: band, theme: theme, backend: backend)
            return
        }
        let size = boxSize(entries, theme: theme, backend: backend)
        let box = corner(for: size, in: layout.plot, placement: axes.legend,
                         occupied: occupiedPoints(axes, layout: layout)).rect
        backend.fill(.rectangle(box), color: theme.background.withAlpha(0.9))
        backend.stroke(.rectangle(box), style: StrokeStyle(color: theme.grid, width: 1))
        let metrics = Metrics(theme: theme)
        for (row, entry) in entries.enumerated() {
            let y = box.minY + metrics.pad + metrics.rowHeight * (Double(row) + 0.5) - 2
            drawEntry(entry, at: Point(box.minX + metrics.pad, y), theme: theme, backend: backend)
        }
    }

    /// The entries to draw, or none when the placement or the item count says so.
    static func shownEntries(_ axes: Axes, theme: Theme) -> [Entry] {
        let entries = entries(axes.items, theme: theme)
        if axes.legend == .hidden { return [] }
        if axes.legend == .automatic, entries.count < 2 { return [] }
        return entries
    }

    /// One entry: its swatch, then its label, starting at `origin` (left end, mid-height).
    private static func drawEntry(_ entry: Entry, at origin: Point, theme: Theme,
                                  backend: FigureBackend) {
        let metrics = Metrics(theme: theme)
        let x = origin.x, y = origin.y, swatchWidth = metrics.swatchWidth
        func line(_ color: Color, _ width: Double, _ dash: LineDash) {
            backend.stroke(.polyline([Point(x, y), Point(x + swatchWidth, y)]),
                           style: StrokeStyle(color: color, width: min(width, 4),
                                              dash: dash.pattern(width: width)))
        }
        func marker(_ shape: MarkerShape, _ color: Color) {
            MarkerPath.draw(shape, at: Point(x + swatchWidth / 2, y), size: 8, color: color,
                            outline: theme.background, on: backend)
        }
        switch entry.swatch {
        case .line(let color, let width, let dash):
            line(color, width, dash)
        case .lineWithMarker(let color, let width, let dash, let shape):
            line(color, width, dash)
            marker(shape, color)
        case .marker(let shape, let color):
            marker(shape, color)
        case .box(let color):
            backend.fill(.rectangle(Rect(x: x + 4, y: y - 6, width: swatchWidth - 8,
                                         height: 12)), color: color)
        }
        backend.draw(entry.label, at: Point(x + swatchWidth + metrics.labelGap, y),
                     anchor: .left, font: metrics.font, color: theme.text)
    }

    /// Entries side by side under the plot, wrapped into centred rows that fit the band.
    private static func drawRows(_ entries: [Entry], in band: Rect, theme: Theme,
                                 backend: FigureBackend) {
        let metrics = Metrics(theme: theme)
        let rows = rowsOfEntries(entries, width: band.width, theme: theme, backend: backend)
        for (index, row) in rows.enumerated() {
            let widths = row.map { metrics.entryWidth($0, backend: backend) }
            let total = widths.reduce(0, +) + metrics.entryGap * Double(row.count - 1)
            var x = band.midX - total / 2
            let y = band.minY + metrics.bandGap + metrics.rowHeight * (Double(index) + 0.5)
            for (entry, width) in zip(row, widths) {
                drawEntry(entry, at: Point(x, y), theme: theme, backend: backend)
                x += width + metrics.entryGap
            }
        }
    }
}
