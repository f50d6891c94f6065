extension PanelLayout {
    /// Lays out `axes` inside `cell`, measuring tick labels with `backend` so that nothing
    /// clips and x tick labels never collide. `legendBand` reserves that much height at the
    /// bottom of the cell for a legend under the plot.
    static func make(_ axes: Axes, in cell: Rect, theme: Theme, backend: FigureBackend,
                     legendBand: Double = 0) throws -> PanelLayout {
        let bounds = DataBounds(axes.items)
        let xDomain = try DataBounds.limits(axes.x, data: bounds.x, exact: bounds.exactX)
        let yDomain = try DataBounds.limits(axes.y, data: bounds.y, exact: bounds.exactY)
        let tickFont = FontSpec(size: theme.tickSize)
        let labelFont = FontSpec(size: theme.labelSize)
        let framed = axes.frame != .none
        let pad = Spacing.panelPadding

        var top = pad
        var titleFont = FontSpec(size: theme.titleSize, bold: true)
        let room = cell.width - 2 * pad
        if let title = axes.title {
            // A smaller font is better than a short title broken over two lines: down to
            // 80 % for any title, 65 % for a label-like one ("unit 0: 3" over an image).
            let width = backend.measure(title, font: titleFont).width
            let smallest = title.count <= 12 ? 0.65 : 0.8
            if width > room, width * smallest <= room {
                titleFont = FontSpec(size: theme.titleSize * room / width, bold: true)
            }
        }
        let titleLines = axes.title.map {
            wrapped($0, width: room, font: titleFont, backend: backend)
        } ?? []
        if !titleLines.isEmpty {
            top += backend.lineHeight(titleFont) * Double(titleLines.count) + Spacing.titleGap
        }
        var bottom = pad + legendBand
        var left = pad
        var right = pad
        let tickBand = Spacing.tickLength + Spacing.tickLabelGap
        if framed, axes.x.ticks != .hidden { bottom += tickBand + backend.lineHeight(tickFont) }
        if framed, axes.x.label != nil {
            bottom += Spacing.axisLabelGap + backend.lineHeight(labelFont)
        }
        if framed, axes.y.label != nil {
            left += backend.lineHeight(labelFont) + Spacing.axisLabelGap
        }
        var colorBarWidth = 0.0
        if let bar = axes.colorBar {
            colorBarWidth = ColorBarRenderer.width(bar, theme: theme, backend: backend)
            right += colorBarWidth
        } else {
            // The last x tick label may hang past the plot's right edge.
            right += framed ? 12 : 0
        }

        // y ticks depend only on the height, which is known now.
        let plotHeight = max(10, cell.height - top - bottom)
        let yTicks = ticks(axes.y, domain: yDomain, length: plotHeight,
                           spacing: Spacing.yTickSpacing)
        if framed, axes.y.ticks != .hidden {
            let widest = yTicks.map { backend.measure($0.label, font: tickFont).width }.max() ?? 0
            left += widest + tickBand
        }
        var plot = cell.inset(top: top, left: left, bottom: bottom, right: right)
        if plot.width < 10 || plot.height < 10 {
            throw FigureError("panel of \(Int(cell.width))×\(Int(cell.height)) px is too small "
                              + "for its labels; make the figure larger")
        }
        if axes.equalAspect, axes.x.scale == .linear, axes.y.scale == .linear {
            plot = equalAspect(plot, xDomain, yDomain)
        }
        let xTicks = try fittingXTicks(axes.x, domain: xDomain, width: plot.width,
                                       font: tickFont, backend: backend)
        let xScale = Scale(kind: axes.x.scale, domain: xDomain,
                           start: axes.x.inverted ? plot.maxX : plot.minX,
                           end: axes.x.inverted ? plot.minX : plot.maxX)
        let yScale = Scale(kind: axes.y.scale, domain: yDomain,
                           start: axes.y.inverted ? plot.minY : plot.maxY,
                           end: axes.y.inverted ? plot.maxY : plot.minY)
        let bar = axes.colorBar == nil ? nil
            : Rect(x: plot.maxX + Spacing.colorBarGap, y: plot.minY,
                   width: Spacing.colorBarWidth, height: plot.height)
        let band = legendBand > 0
            ? Rect(x: plot.minX, y: cell.maxY - pad - legendBand, width: plot.width,
                   height: legendBand)
            : nil
        return PanelLayout(cell: cell, plot: plot, xScale: xScale, yScale: yScale,
                           xTicks: xTicks, yTicks: yTicks, colorBar: bar, legendBand: band,
                           titleLines: titleLines, titleFont: titleFont)
    }

    /// `text` as one line, or split at the space nearest its middle into two when one line
    /// is wider than `width` (panel titles of small multiples: "seed 11: MSE 0.19, 2 dead").
    static func wrapped(_ text: String, width: Double, font: FontSpec,
                        backend: FigureBackend) -> [String] {
        guard backend.measure(text, font: font).width > width else { return [text] }
        let characters = Array(text)
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let split = spaces.min(by: {
            abs($0 - characters.count / 2) < abs($1 - characters.count / 2)
        }) else { return [text] }
        return [String(characters[..<split]), String(characters[(split + 1)...])]
    }

    /// Automatic or fixed ticks of one axis, only those inside the domain.
    static func ticks(_ axis: Axis, domain: ClosedRange<Double>, length: Double,
                      spacing: Double) -> [Tick] {
        ticks(axis, domain: domain, length: length, maxCount: max(2, Int(length / spacing)))
    }

    static func ticks(_ axis: Axis, domain: ClosedRange<Double>, length: Double,
                      maxCount: Int) -> [Tick] {
        let all: [Tick]
        switch axis.ticks {
        case .hidden: return []
        case .fixed(let fixed): all = fixed
        case .automatic:
            all = axis.scale == .log ? NiceTicks.logarithmic(domain)
                : NiceTicks.linear(domain, maxCount: maxCount)
        }
        let slack = (domain.upperBound - domain.lowerBound) * 1e-9
        return all.filter { $0.value >= domain.lowerBound - slack
            && $0.value <= domain.upperBound + slack }
    }

    /// Fewer and fewer x ticks until neighbouring labels leave clear space between them.
    private static func fittingXTicks(_ axis: Axis, domain: ClosedRange<Double>, width: Double,
                                      font: FontSpec, backend: FigureBackend) throws -> [Tick] {
        // Start from one tick per ~90 px (at least 3 when they fit) and drop ticks until
        // neighbouring labels leave clear space between them.
        var count = max(3, Int(width / Spacing.xTickSpacing))
        while true {
            let ticks = ticks(axis, domain: domain, length: width, maxCount: count)
            let scale = Scale(kind: axis.scale, domain: domain, start: 0, end: width)
            let widths = ticks.map { backend.measure($0.label, font: font).width }
            let collides = zip(ticks.indices.dropFirst(), ticks.indices).contains { i, j in
                let gap = abs(scale.pixel(ticks[i].value) - scale.pixel(ticks[j].value))
                return gap - (widths[i] + widths[j]) / 2 < Spacing.tickLabelClearance
            }
            if !collides || ticks.count <= 2 || count <= 1 { return ticks }
            if case .fixed = axis.ticks {
                // Fixed ticks (categories) thin out by keeping every other label.
                return ticks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            }
            count -= 1
        }
    }

    private static func equalAspect(_ plot: Rect, _ x: ClosedRange<Double>,
                                    _ y: ClosedRange<Double>) -> Rect {
        let xSpan = x.upperBound - x.lowerBound, ySpan = y.upperBound - y.lowerBound
        let unit = min(plot.width / xSpan, plot.height / ySpan)
        let width = unit * xSpan, height = unit * ySpan
        return Rect(x: plot.minX + (plot.width - width) / 2, y: plot.minY + (plot.height - height) / 2,
                    width: width, height: height)
    }
}
