/// A filled (and optionally outlined) polygon in data coordinates.
public struct PolygonShape: Equatable, Sendable {
    public var points: [Point]
    public var fill: Color?
    public var stroke: Color?
    public var label: String?

    public init(points: [Point], fill: Color? = nil, stroke: Color? = nil,
                label: String? = nil) {
        self.points = points
        self.fill = fill
        self.stroke = stroke
        self.label = label
    }
}

/// A circle whose centre is in data coordinates and whose radius is in pixels (diagram nodes).
public struct CircleShape: Equatable, Sendable {
    public var center: Point
    public var radius: Double
    public var fill: Color
    public var stroke: Color?
    public var strokeWidth: Double

    public init(center: Point, radius: Double, fill: Color, stroke: Color? = nil,
                strokeWidth: Double = 1.5) {
        self.center = center
        self.radius = radius
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
    }
}

/// A text table laid out with measured column widths, filling its panel.
public struct TableContent: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    func validate() throws {
        try Check.nonEmpty(header, "table header")
        for (index, row) in rows.enumerated() where row.count != header.count {
            throw FigureError("table row \(index) has \(row.count) cells; the header has "
                              + "\(header.count)")
        }
    }
}
