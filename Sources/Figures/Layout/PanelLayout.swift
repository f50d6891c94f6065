/// The resolved geometry of one panel: where the plot area is, how data maps to pixels,
/// and which ticks to draw.
struct PanelLayout {
    var cell: Rect
    var plot: Rect
    var xScale: Scale
    var yScale: Scale
    var xTicks: [Tick]
    var yTicks: [Tick]
    /// Where the colour bar goes, if the panel has one.
    var colorBar: Rect?
    /// A band under the x axis label for a legend laid out in rows, when one is reserved.
    var legendBand: Rect?
    /// The panel title as drawn: one line, or two when one would not fit the panel.
    var titleLines: [String]
    /// The title's font: the theme's, or smaller so a short title fits on one line.
    var titleFont: FontSpec

    func pixel(_ point: Point) -> Point { Point(xScale.pixel(point.x), yScale.pixel(point.y)) }

    /// The data-space point is inside the axis limits.
    func contains(_ point: Point) -> Bool {
        let x = xScale.domain, y = yScale.domain
        return point.x >= x.lowerBound && point.x <= x.upperBound
            && point.y >= y.lowerBound && point.y <= y.upperBound
    }
}
