/// One thing drawn inside an `Axes`, in data coordinates.
public enum PlotItem: Equatable, Sendable {
    case line(LineSeries)
    case scatter(ScatterSeries)
    case heatMap(HeatMap)
    case contour(ContourSeries)
    case bars(BarSeries)
    case text(TextAnnotation)
    case reference(ReferenceLine)
    case polygon(PolygonShape)
    case circle(CircleShape)
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
