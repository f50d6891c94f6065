extension Axes {
    /// Adds a line through (x, y).
    public mutating func line(x: [Double], y: [Double], label: String? = nil,
                              color: Color? = nil, width: Double = 2, dash: LineDash = .solid,
                              marker: MarkerShape? = nil) {
        items.append(.line(LineSeries(x: x, y: y, label: label, color: color, width: width,
                                      dash: dash, marker: marker)))
    }

    /// Adds markers at (x, y).
    public mutating func scatter(x: [Double], y: [Double], label: String? = nil,
                                 color: Color? = nil, marker: MarkerShape = .circle,
                                 size: Double = 7) {
        items.append(.scatter(ScatterSeries(x: x, y: y, label: label, color: color,
                                            marker: marker, size: size)))
    }

    /// Adds one marker series per class (0 blue circles, 1 orange crosses, …).
    public mutating func classes(x: [Double], y: [Double], labels: [Int],
                                 names: [String]? = nil, size: Double = 7) {
        let classes = Set(labels).sorted()
        for label in classes {
            let indices = labels.indices.filter { labels[$0] == label && $0 < x.count }
            let name = names.flatMap { label < $0.count ? $0[label] : nil } ?? "class \(label)"
            scatter(x: indices.map { x[$0] }, y: indices.map { y[$0] }, label: name,
                    color: Palette.classColor(label), marker: Palette.classMarker(label),
                    size: size)
        }
    }

    /// Adds a text label at a data point.
    public mutating func text(_ text: String, at point: Point, anchor: TextAnchor = .center) {
        items.append(.text(TextAnnotation(text, at: point, anchor: anchor)))
    }

    /// Adds a dotted vertical line at x; `label` is written beside its top end.
    public mutating func verticalLine(at x: Double, label: String? = nil,
                                      dash: LineDash = .dotted) {
        items.append(.reference(ReferenceLine(.vertical, at: x, label: label, dash: dash)))
    }

    /// Adds a dotted horizontal line at y; `label` is written above its right end.
    public mutating func horizontalLine(at y: Double, label: String? = nil,
                                        dash: LineDash = .dotted) {
        items.append(.reference(ReferenceLine(.horizontal, at: y, label: label, dash: dash)))
    }
}
