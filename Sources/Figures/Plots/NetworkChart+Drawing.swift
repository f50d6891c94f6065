extension NetworkChart {
    /// Draws the layers as columns of units, inputs on the left, joined by weight lines; throws a
    /// `FigureError` when the weight shapes or names do not fit together.
    public func makeFigure() throws -> Figure {
        let sizes = try layerSizes()
        let tallest = Double(sizes.max() ?? 1)
        func position(_ layer: Int, _ unit: Int) -> Point {
            // Layers are centred vertically; unit 0 at the top.
            Point(Double(layer), (tallest - 1) / 2 + Double(sizes[layer] - 1) / 2 - Double(unit))
        }
        let largest = weights.flatMap { $0.flatMap { $0 } }.map(abs).max() ?? 1
        var axes = Axes(title: nil, x: Axis(limits: -0.75...(Double(sizes.count - 1) + 0.75)),
                        y: Axis(limits: -1.1...(tallest - 0.2)), legend: .topRight,
                        grid: false, frame: .none)
        var signs: Set<Bool> = []
        for (l, matrix) in weights.enumerated() {
            for (i, row) in matrix.enumerated() {
                for (j, w) in row.enumerated() {
                    let positive = w >= 0
                    signs.insert(positive)
                    let a = position(l, i), b = position(l + 1, j)
                    axes.line(x: [a.x, b.x], y: [a.y, b.y],
                              color: (positive ? Palette.positive : Palette.negative)
                                .withAlpha(0.85),
                              width: 0.6 + 5.4 * abs(w) / max(largest, 1e-12))
                }
            }
        }
        // Legend-only entries of one width: colour encodes the sign, width only |w|.
        for positive in [true, false] where signs.contains(positive) {
            let origin = position(0, 0)
            axes.items.append(.line(LineSeries(
                x: [origin.x], y: [origin.y], label: positive ? "positive weight" : "negative weight",
                color: positive ? Palette.positive : Palette.negative, width: 3)))
        }
        for (l, size) in sizes.enumerated() {
            for unit in 0..<size {
                let p = position(l, unit)
                axes.items.append(.circle(CircleShape(center: p, radius: 15,
                                                      fill: Color(hex: 0xF2F2F2),
                                                      stroke: Color(hex: 0x333333))))
                axes.items.append(.text(TextAnnotation("\(unit)", at: p, size: 12)))
                addName(layer: l, unit: unit, at: p, last: l == sizes.count - 1, to: &axes)
            }
            let heading = l == 0 ? "inputs" : l == sizes.count - 1 ? "output"
                : sizes.count == 3 ? "hidden layer" : "hidden layer \(l)"
            axes.items.append(.text(TextAnnotation(heading, at: Point(Double(l), -0.9),
                                                   color: Color(hex: 0x555555), size: 13)))
        }
        var figure = Figure(width: width, height: height, title: title, panels: [axes])
        // Node names sit at fixed pixel offsets; squeezed to a phone width they run off.
        figure.allowsNarrowLayout = false
        return figure
    }

    private func addName(layer: Int, unit: Int, at p: Point, last: Bool, to axes: inout Axes) {
        let name: String?
        if layer == 0 {
            name = inputNames?[unit]
        } else {
            name = unitNames.flatMap { layer - 1 < $0.count ? $0[layer - 1][unit] : nil }
        }
        guard let name else { return }
        if layer == 0 {
            axes.items.append(.text(TextAnnotation(name, at: p, anchor: .right,
                                                   offset: Point(-22, 0), boxed: true)))
        } else if last {
            axes.items.append(.text(TextAnnotation(name, at: p, anchor: .left,
                                                   offset: Point(22, 0), boxed: true)))
        } else {
            axes.items.append(.text(TextAnnotation(name, at: p, anchor: .bottom,
                                                   bold: true, offset: Point(0, -19),
                                                   boxed: true)))
        }
    }
}
