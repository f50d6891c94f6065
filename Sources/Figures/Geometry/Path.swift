/// A vector path in pixel coordinates, handed to a `FigureBackend` to fill or stroke.
public struct Path: Hashable, Sendable {
    /// One step of a path: start a subpath, draw a straight segment or a cubic Bézier curve, or close.
    ///
    /// ```swift
    /// var path = Path()
    /// path.elements.append(.move(Point(0, 0)))
    /// path.elements.append(.curve(Point(10, 0), Point(20, 10), Point(20, 20)))
    /// ```
    public enum Element: Hashable, Sendable {
        /// Starts a new subpath at the point.
        case move(Point)
        /// A straight segment from the current point to this one.
        case line(Point)
        /// A cubic Bézier curve: two control points, then the end point.
        case curve(Point, Point, Point)
        /// A straight segment back to the start of the subpath, closing it.
        case close
    }

    /// The steps of the path, in drawing order.
    public var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Starts a new subpath at `point`.
    public mutating func move(to point: Point) { elements.append(.move(point)) }
    /// Adds a straight segment from the current point to `point`.
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    /// Closes the current subpath with a segment back to its start.
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

    /// A closed path around the edges of `rect`.
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
