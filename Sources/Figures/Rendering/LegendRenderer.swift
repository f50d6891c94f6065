/// Builds and places a panel's legend.
enum LegendRenderer {
    enum Swatch {
        case line(Color, Double, LineDash)
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
                    entries.append(Entry(label: label, swatch: s.marker.map {
                        .marker($0, s.color ?? fallback) } ?? .line(s.color ?? fallback,
                                                                    s.width, s.dash)))
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

    static func draw(_ axes: Axes, layout: PanelLayout, theme: Theme, backend: FigureBackend,
                     occupied: [Point]) {
        let entries = entries(axes.items, theme: theme)
        if axes.legend == .hidden || entries.isEmpty { return }
        if axes.legend == .automatic, entries.count < 2 { return }
        let font = FontSpec(size: theme.legendSize)
        let rowHeight = theme.legendSize * 1.55
        let swatchWidth = 24.0, pad = 8.0
        let textWidth = entries.map { backend.measure($0.label, font: font).width }.max() ?? 0
        let size = (width: pad * 2 + swatchWidth + 6 + textWidth,
                    height: pad * 2 + rowHeight * Double(entries.count) - 4)
        let box = place(size, in: layout.plot, placement: axes.legend, occupied: occupied)
        backend.fill(.rectangle(box), color: theme.background.withAlpha(0.9))
        backend.stroke(.rectangle(box), style: StrokeStyle(color: theme.grid, width: 1))
        for (row, entry) in entries.enumerated() {
            let y = box.minY + pad + rowHeight * (Double(row) + 0.5) - 2
            let x = box.minX + pad
            switch entry.swatch {
            case .line(let color, let width, let dash):
                backend.stroke(.polyline([Point(x, y), Point(x + swatchWidth, y)]),
                               style: StrokeStyle(color: color, width: min(width, 4),
                                                  dash: dash.pattern(width: width)))
            case .marker(let shape, let color):
                MarkerPath.draw(shape, at: Point(x + swatchWidth / 2, y), size: 8, color: color,
                                outline: theme.background, on: backend)
            case .box(let color):
                backend.fill(.rectangle(Rect(x: x + 4, y: y - 6, width: swatchWidth - 8,
                                             height: 12)), color: color)
            }
            backend.draw(entry.label, at: Point(x + swatchWidth + 6, y), anchor: .left,
                         font: font, color: theme.text)
        }
    }

    /// The requested corner, or for `.automatic` the corner covering the fewest data points.
    private static func place(_ size: (width: Double, height: Double), in plot: Rect,
                              placement: Axes.LegendPlacement, occupied: [Point]) -> Rect {
        let m = 8.0
        let corners: [(Axes.LegendPlacement, Rect)] = [
            (.topRight, Rect(x: plot.maxX - m - size.width, y: plot.minY + m,
                             width: size.width, height: size.height)),
            (.topLeft, Rect(x: plot.minX + m, y: plot.minY + m, width: size.width,
                            height: size.height)),
            (.bottomRight, Rect(x: plot.maxX - m - size.width,
                                y: plot.maxY - m - size.height, width: size.width,
                                height: size.height)),
            (.bottomLeft, Rect(x: plot.minX + m, y: plot.maxY - m - size.height,
                               width: size.width, height: size.height)),
        ]
        if let fixed = corners.first(where: { $0.0 == placement }) { return fixed.1 }
        let counts = corners.map { corner in occupied.filter { corner.1.contains($0) }.count }
        let best = counts.indices.min { counts[$0] < counts[$1] } ?? 0
        return corners[best].1
    }
}
