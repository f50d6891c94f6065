extension NetworkChart {
    /// Draws the layers as columns of units, inputs on the left, joined by weight lines; throws a
    /// `FigureError` when the weight shapes or names do not fit together.
    public func makeFigure() throws -> Figure {
        var figure = Figure(width: width, height: height, title: title,
                            panels: [try axes(drawnWidth: Double(width))])
        // Node names sit at fixed pixel offsets from their nodes, so the phone layout is drawn
        // with side margins made for 420 px.
        figure.narrowPanels = [try axes(drawnWidth: Double(Figure.narrowWidth))]
        return figure
    }

    /// The diagram as one panel, with room at the sides for the input and output names at
    /// `drawnWidth` pixels.
    func axes(drawnWidth: Double) throws -> Axes {
        let sizes = try layerSizes()
        let tallest = Double(sizes.max() ?? 1)
        func position(_ layer: Int, _ unit: Int) -> Point {
            // Layers are centred vertically; unit 0 at the top.
            Point(Double(layer), (tallest - 1) / 2 + Double(sizes[layer] - 1) / 2 - Double(unit))
        }
        let largest = weights.flatMap { $0.flatMap { $0 } }.map(abs).max() ?? 1
        let narrow = drawnWidth <= Double(Figure.narrowWidth)
        let (left, right) = sideMargins(layers: sizes.count, drawnWidth: drawnWidth,
                                        outputNamesBeside: !narrow)
        // On a phone a hidden layer's names are listed under it, "0: affordability": beside
        // the nodes there is no room that no weight line crosses.
        let keyedNames = narrow ? (unitNames ?? []).prefix(max(sizes.count - 2, 0)) : []
        let keyLines = keyedNames.map(\.count).max() ?? 0
        var axes = Axes(title: nil, x: Axis(limits: -left...(Double(sizes.count - 1) + right)),
                        y: Axis(limits: (-1.1 - 0.5 * Double(keyLines))...(tallest - 0.2)),
                        // On a phone a corner legend would cover part of the network.
                        legend: narrow ? .below : .topRight,
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
                // Names go beside their nodes (see addName), except a hidden layer's on a
                // phone, listed under the layer below. addName needs where this unit's lines
                // to the next layer go, on average (nil: the output layer).
                let next = l + 1 < sizes.count ? (0..<sizes[l + 1]).map { position(l + 1, $0).y } : []
                let linesGoUp = next.isEmpty ? nil : next.reduce(0, +) / Double(next.count) > p.y
                if !(narrow && l > 0 && l < sizes.count - 1) {
                    addName(layer: l, unit: unit, at: p, beside: l == sizes.count - 1 && !narrow,
                            linesGoUp: linesGoUp, to: &axes)
                }
            }
            let heading = l == 0 ? "inputs" : l == sizes.count - 1 ? "output"
                : sizes.count == 3 ? "hidden layer" : "hidden layer \(l)"
            axes.items.append(.text(TextAnnotation(heading, at: Point(Double(l), -0.9),
                                                   color: Color(hex: 0x555555), size: 13)))
            if l > 0, l - 1 < keyedNames.count {
                for (unit, name) in keyedNames[l - 1].enumerated() {
                    axes.items.append(.text(TextAnnotation("\(unit): \(name)", at: Point(Double(l), -0.9),
                                                           anchor: .top, bold: true,
                                                           offset: Point(0, 14 + 17 * Double(unit)))))
                }
            }
        }
        return axes
    }

    /// Margins (in layer spacings) beside the first and last layer: at least 0.75, and enough
    /// for the longest name there, at its offset from the node, to fit in `drawnWidth` pixels.
    private func sideMargins(layers: Int, drawnWidth: Double,
                             outputNamesBeside: Bool) -> (left: Double, right: Double) {
        // Label widths estimated at 6.8 px a character (12 px type) plus the box and offset;
        // Figures measures no text itself, and a few pixels to spare cost nothing here.
        func room(_ names: [String]?) -> Double {
            guard let longest = names?.map(\.count).max() else { return 0 }
            return 22 + 6.8 * Double(longest) + 8
        }
        let plot = max(drawnWidth - 40, 100)
        let (a, b) = (room(inputNames) / plot, outputNamesBeside ? room(unitNames?.last) / plot : 0)
        guard a + b < 0.9 else { return (0.75, 0.75) }
        // Each margin is its share of the whole range, which includes both margins: iterate to
        // the fixed point (it converges, since the shares add up to less than 1).
        var (left, right) = (0.75, 0.75)
        for _ in 0..<30 {
            let total = Double(max(layers - 1, 1)) + left + right
            (left, right) = (max(0.75, a * total), max(0.75, b * total))
        }
        return (left, right)
    }

    /// Input names go left of their nodes and the output's beside or below it. A hidden unit's
    /// name goes to its right, where only its own lines to the next layer run, on the side
    /// those lines leave free (above when they go down or level, below when they go up), so
    /// its box covers no weight line.
    private func addName(layer: Int, unit: Int, at p: Point, beside: Bool, linesGoUp: Bool?,
                         to axes: inout Axes) {
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
        } else if beside {
            axes.items.append(.text(TextAnnotation(name, at: p, anchor: .left,
                                                   offset: Point(22, 0), boxed: true)))
        } else if let linesGoUp {
            axes.items.append(.text(TextAnnotation(name, at: p,
                                                   anchor: linesGoUp ? .topLeft : .bottomLeft,
                                                   bold: true,
                                                   offset: Point(13, linesGoUp ? 12 : -12),
                                                   boxed: true)))
        } else {  // the output on a phone: below it, clear of the names above-right of units
            // Starting just left of the node's centre keeps it clear of lines from lower units.
            axes.items.append(.text(TextAnnotation(name, at: p, anchor: .topLeft, bold: true,
                                                   offset: Point(-12, 19), boxed: true)))
        }
    }
}
