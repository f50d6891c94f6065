/// One thing drawn inside an `Axes`, in data coordinates.
public enum PlotItem: Hashable, Sendable {
    /// A line through data points.
    case line(LineSeries)
    /// Markers at data points.
    case scatter(ScatterSeries)
    /// A grid of values painted as coloured cells.
    case heatMap(HeatMap)
    /// Iso-lines of a field.
    case contour(ContourSeries)
    /// Horizontal bars, one per category.
    case bars(BarSeries)
    /// A text label at a data point.
    case text(TextAnnotation)
    /// A horizontal or vertical line across the plot, labelled in place.
    case reference(ReferenceLine)
    /// A filled or outlined polygon.
    case polygon(PolygonShape)
    /// A circle with its radius in pixels (diagram nodes).
    case circle(CircleShape)
    /// A text table filling the panel.
    case table(TableContent)

    func validate() throws {
        switch self {
        case .line(let series): try series.validate()
        case .scatter(let series): try series.validate()
        case .heatMap(let map): try map.grid.validate("heat map")
        case .contour(let contour):
            for line in contour.lines {
                try Check.finite(line.flatMap { [$0.x, $0.y] }, "contour")
            }
        case .bars(let bars): try bars.validate()
        case .text(let text): try Check.finite([text.at.x, text.at.y], "text '\(text.text)'")
        case .reference(let line): try Check.finite([line.value], "reference line")
        case .polygon(let polygon):
            try Check.nonEmpty(polygon.points, "polygon")
            try Check.finite(polygon.points.flatMap { [$0.x, $0.y] }, "polygon")
        case .circle(let circle):
            try Check.finite([circle.center.x, circle.center.y, circle.radius], "circle")
        case .table(let table): try table.validate()
        }
    }
}
