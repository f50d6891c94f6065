extension AxesRenderer {
    func drawItems() {
        // Over a heat map a line of the shading's hue vanishes, so lines get a pale halo.
        let overShading = axes.items.contains {
            if case .heatMap = $0 { return true } else { return false }
        }
        backend.save()
        if axes.frame != .none { backend.clip(to: layout.plot) }
        for (index, item) in axes.items.enumerated() {
            let color = ItemColors.color(for: axes.items, at: index, theme: theme)
            switch item {
            case .heatMap(let map): drawHeatMap(map)
            case .line(let s): drawLine(s, color: s.color ?? color, halo: overShading)
            case .contour(let c):
                // A pale halo keeps the line visible over dark and light shading alike.
                let halo = StrokeStyle(color: theme.background.withAlpha(0.7),
                                       width: c.width + 2.5)
                let style = StrokeStyle(color: c.color ?? theme.emphasis, width: c.width,
                                        dash: c.dash.pattern(width: c.width))
                for line in c.lines where line.count > 1 {
                    backend.stroke(.polyline(line.map(layout.pixel)), style: halo)
                    backend.stroke(.polyline(line.map(layout.pixel)), style: style)
                }
            case .reference(let r): drawReference(r)
            case .polygon(let p):
                let path = Path.polyline(p.points.map(layout.pixel), closed: true)
                if let fill = p.fill { backend.fill(path, color: fill) }
                if let stroke = p.stroke {
                    backend.stroke(path, style: StrokeStyle(color: stroke, width: 1.5))
                }
            case .bars(let bars): drawBars(bars)
            case .table(let table):
                TableRenderer.draw(table, in: layout.plot, theme: theme, backend: backend)
            case .scatter, .circle, .text: break
            }
        }
        backend.restore()
        // Markers, nodes and labels sit on top of everything and are never cut at the edge.
        for (index, item) in axes.items.enumerated() {
            let color = ItemColors.color(for: axes.items, at: index, theme: theme)
            switch item {
            case .scatter(let s):
                for (x, y) in zip(s.x, s.y) where layout.contains(Point(x, y)) {
                    MarkerPath.draw(s.marker, at: layout.pixel(Point(x, y)), size: s.size,
                                    color: s.color ?? color, outline: theme.background,
                                    on: backend)
                }
            case .circle(let c):
                let path = Path.circle(center: layout.pixel(c.center), radius: c.radius)
                backend.fill(path, color: c.fill)
                if let stroke = c.stroke {
                    backend.stroke(path, style: StrokeStyle(color: stroke, width: c.strokeWidth))
                }
            case .text(let t): drawText(t)
            default: break
            }
        }
    }

    private func drawLine(_ s: LineSeries, color: Color, halo: Bool) {
        let points = zip(s.x, s.y).map { layout.pixel(Point($0, $1)) }
        if halo {
            backend.stroke(.polyline(points), style: StrokeStyle(
                color: theme.background.withAlpha(0.75), width: s.width + 2.5, roundCaps: true))
        }
        backend.stroke(.polyline(points), style: StrokeStyle(
            color: color, width: s.width, dash: s.dash.pattern(width: s.width), roundCaps: true))
        if let marker = s.marker {
            for point in points {
                MarkerPath.draw(marker, at: point, size: s.width * 3 + 3, color: color,
                                outline: theme.background, on: backend)
            }
        }
    }

    private func drawHeatMap(_ map: HeatMap) {
        let grid = map.grid
        let corner1 = layout.pixel(Point(grid.xRange.lowerBound, grid.yRange.lowerBound))
        let corner2 = layout.pixel(Point(grid.xRange.upperBound, grid.yRange.upperBound))
        let rect = Rect(x: min(corner1.x, corner2.x), y: min(corner1.y, corner2.y),
                        width: abs(corner2.x - corner1.x), height: abs(corner2.y - corner1.y))
        var pixels = map.pixels(colorMap: theme.colorMap(map.colorMap))
        // Pixels come top row first for a y axis pointing up; flip for inverted axes.
        if axes.y.inverted {
            pixels = (0..<grid.rows).reversed().flatMap {
                pixels[($0 * grid.columns)..<(($0 + 1) * grid.columns)]
            }
        }
        backend.drawImage(PixelGrid(width: grid.columns, height: grid.rows, pixels: pixels),
                          in: rect, smooth: map.smooth)
    }

    private func drawReference(_ r: ReferenceLine) {
        let plot = layout.plot
        let style = StrokeStyle(color: r.color ?? theme.axis, width: r.width,
                                dash: r.dash.pattern(width: r.width))
        // A label is written beside its line, not in the legend: the reader finds the value
        // where the line is (at the top of a vertical line, the right end of a horizontal one).
        let font = FontSpec(size: theme.tickSize)
        let color = r.color ?? theme.text
        if r.orientation == .vertical {
            let x = layout.xScale.pixel(r.value)
            backend.stroke(.polyline([Point(x, plot.minY), Point(x, plot.maxY)]), style: style)
            guard let label = r.label else { return }
            let fitsRight = x + 4 + backend.measure(label, font: font).width <= plot.maxX
            backend.draw(label, at: Point(fitsRight ? x + 4 : x - 4, plot.minY + 3),
                         anchor: fitsRight ? .topLeft : .topRight, font: font, color: color)
        } else {
            let y = layout.yScale.pixel(r.value)
            backend.stroke(.polyline([Point(plot.minX, y), Point(plot.maxX, y)]), style: style)
            guard let label = r.label else { return }
            backend.draw(label, at: Point(plot.maxX - 4, y - 3), anchor: .bottomRight,
                         font: font, color: color)
        }
    }

    private func drawText(_ t: TextAnnotation) {
        let font = FontSpec(size: t.size ?? theme.tickSize, bold: t.bold)
        let base = layout.pixel(t.at)
        let point = Point(base.x + t.offset.x, base.y + t.offset.y)
        if t.boxed {
            let size = backend.measure(t.text, font: font)
            let probe = RecordingBackend()
            let box = probe.draw(t.text, at: point, anchor: t.anchor, font: font,
                                 color: .black)
            let width = size.width + 6, height = box.height + 4
            let x = box.midX - width / 2, y = box.midY - height / 2
            backend.fill(.rectangle(Rect(x: x, y: y, width: width, height: height)),
                         color: theme.background.withAlpha(0.85))
        }
        backend.draw(t.text, at: point, anchor: t.anchor, font: font,
                     color: t.color ?? theme.text)
    }
}
