/// Where a legend goes: a corner inside the plot, or a band under it when every corner would
/// hide data (a scatter that fills the plane, a heat map with points on it).
extension LegendRenderer {
    /// Sizes shared by the boxed and the banded legend.
    struct Metrics {
        let font: FontSpec
        let rowHeight: Double
        let swatchWidth = 24.0
        let labelGap = 6.0
        /// Inner padding of the boxed legend.
        let pad = 8.0
        /// Space between entries in a row of the banded legend.
        let entryGap = 18.0
        /// Space between the x axis label and the band's first row.
        let bandGap = 6.0

        init(theme: Theme) {
            font = FontSpec(size: theme.legendSize)
            rowHeight = theme.legendSize * 1.55
        }

        func entryWidth(_ entry: Entry, backend: FigureBackend) -> Double {
            swatchWidth + labelGap + backend.measure(entry.label, font: font).width
        }
    }

    /// Whether the legend of `axes` goes in a band under its plot: it asked for `.below`, or
    /// it is `.automatic` and every corner would cover data.
    static func needsBand(_ axes: Axes, layout: PanelLayout, theme: Theme,
                          backend: FigureBackend) -> Bool {
        let entries = shownEntries(axes, theme: theme)
        guard !entries.isEmpty else { return false }
        switch axes.legend {
        case .below: return true
        case .automatic:
            let size = boxSize(entries, theme: theme, backend: backend)
            return corner(for: size, in: layout.plot, placement: .automatic,
                          occupied: occupiedPoints(axes, layout: layout)).covered > 0
        default: return false
        }
    }

    /// The height of a band `width` pixels wide that holds the legend of `axes`.
    static func bandHeight(_ axes: Axes, width: Double, theme: Theme,
                           backend: FigureBackend) -> Double {
        let metrics = Metrics(theme: theme)
        let rows = rowsOfEntries(shownEntries(axes, theme: theme), width: width, theme: theme,
                                 backend: backend)
        return metrics.bandGap + metrics.rowHeight * Double(rows.count)
    }

    /// Entries split into rows no wider than `width` (each row holds at least one entry).
    static func rowsOfEntries(_ entries: [Entry], width: Double, theme: Theme,
                              backend: FigureBackend) -> [[Entry]] {
        let metrics = Metrics(theme: theme)
        var rows: [[Entry]] = [[]]
        var used = 0.0
        for entry in entries {
            let entryWidth = metrics.entryWidth(entry, backend: backend)
            let needed = rows[rows.count - 1].isEmpty ? entryWidth : used + metrics.entryGap + entryWidth
            if needed > width, !rows[rows.count - 1].isEmpty {
                rows.append([entry])
                used = entryWidth
            } else {
                rows[rows.count - 1].append(entry)
                used = needed
            }
        }
        return rows
    }

    /// Width and height of the boxed legend.
    static func boxSize(_ entries: [Entry], theme: Theme,
                        backend: FigureBackend) -> (width: Double, height: Double) {
        let metrics = Metrics(theme: theme)
        let widest = entries.map { metrics.entryWidth($0, backend: backend) }.max() ?? 0
        return (metrics.pad * 2 + widest,
                metrics.pad * 2 + metrics.rowHeight * Double(entries.count) - 4)
    }

    /// The requested corner, or for `.automatic` the corner covering the fewest data points,
    /// with how many it covers.
    static func corner(for size: (width: Double, height: Double), in plot: Rect,
                       placement: Axes.LegendPlacement,
                       occupied: [Point]) -> (rect: Rect, covered: Int) {
        let m = 8.0
        let left = plot.minX + m, right = plot.maxX - m - size.width
        let top = plot.minY + m, bottom = plot.maxY - m - size.height
        let corners: [(Axes.LegendPlacement, Rect)] = [
            (.topRight, Rect(x: right, y: top, width: size.width, height: size.height)),
            (.topLeft, Rect(x: left, y: top, width: size.width, height: size.height)),
            (.bottomRight, Rect(x: right, y: bottom, width: size.width, height: size.height)),
            (.bottomLeft, Rect(x: left, y: bottom, width: size.width, height: size.height)),
        ]
        // A point just outside the box still looks covered: count a few pixels around it.
        let counts = corners.map { corner in
            let near = corner.1.inset(top: -4, left: -4, bottom: -4, right: -4)
            return occupied.filter { near.contains($0) }.count
        }
        if let fixed = corners.firstIndex(where: { $0.0 == placement }) {
            return (corners[fixed].1, counts[fixed])
        }
        let best = counts.indices.min { counts[$0] < counts[$1] } ?? 0
        return (corners[best].1, counts[best])
    }

    /// Pixel positions of data, so the legend can avoid covering it.
    static func occupiedPoints(_ axes: Axes, layout: PanelLayout) -> [Point] {
        var points: [Point] = []
        for item in axes.items {
            switch item {
            case .line(let s): points += zip(s.x, s.y).map { layout.pixel(Point($0, $1)) }
            case .scatter(let s): points += zip(s.x, s.y).map { layout.pixel(Point($0, $1)) }
            case .contour(let c): points += c.lines.flatMap { $0 }.map(layout.pixel)
            case .polygon(let p): points += p.points.map(layout.pixel)
            default: break
            }
        }
        return points
    }
}
