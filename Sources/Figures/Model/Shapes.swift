/// A filled (and optionally outlined) polygon in data coordinates.
public struct PolygonShape: Hashable, Sendable {
    /// The corners in data coordinates; the outline closes back to the first.
    public var points: [Point]
    /// Fill colour; nil leaves the inside empty.
    public var fill: Color?
    /// Outline colour, 1.5 pixels wide; nil draws no outline.
    public var stroke: Color?
    /// Legend text, shown with a swatch of `fill`; nil (or no fill) leaves it out of the legend.
    public var label: String?

    /// A polygon through `points`, filled or outlined only when those colours are given.
    public init(points: [Point], fill: Color? = nil, stroke: Color? = nil,
                label: String? = nil) {
        self.points = points
        self.fill = fill
        self.stroke = stroke
        self.label = label
    }
}

/// A circle whose centre is in data coordinates and whose radius is in pixels (diagram nodes).
public struct CircleShape: Hashable, Sendable {
    /// The centre, in data coordinates.
    public var center: Point
    /// The radius, in pixels.
    public var radius: Double
    /// Fill colour.
    public var fill: Color
    /// Outline colour; nil draws no outline.
    public var stroke: Color?
    /// Outline width in pixels.
    public var strokeWidth: Double

    /// A circle at `center` with a radius of `radius` pixels, filled and optionally outlined.
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
public struct TableContent: Hashable, Sendable {
    /// The column headings.
    public var header: [String]
    /// The body rows, each with one cell per heading.
    public var rows: [[String]]

    /// A table with `header` over the body `rows`.
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
