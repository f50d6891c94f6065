/// A vector path in pixel coordinates, handed to a `FigureBackend` to fill or stroke.
public struct Path: Equatable, Sendable {
    public enum Element: Equatable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public var elements: [Element] = []

    public init() {}

    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    public mutating func close() { elements.append(.close) }

    /// An open polyline through `points` (nothing when empty).
    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        var path = Path()
        for (index, point) in points.enumerated() {
            index == 0 ? path.move(to: point) : path.line(to: point)
        }
        if closed, !points.isEmpty { path.close() }
        return path
    }

    public static func rectangle(_ rect: Rect) -> Path {
        polyline([Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY),
                  Point(rect.maxX, rect.maxY), Point(rect.minX, rect.maxY)], closed: true)
    }

    /// A circle from four Bézier quarter arcs (error below 0.03 % of the radius).
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.552_284_749_8 * r
        var path = Path()
        path.move(to: Point(c.x + r, c.y))
        path.elements.append(.curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r),
                                    Point(c.x, c.y + r)))
        path.elements.append(.curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k),
                                    Point(c.x - r, c.y)))
        path.elements.append(.curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r),
                                    Point(c.x, c.y - r)))
        path.elements.append(.curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k),
                                    Point(c.x + r, c.y)))
        path.close()
        return path
    }
}
