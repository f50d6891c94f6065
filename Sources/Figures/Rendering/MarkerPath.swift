/// Outlines of point markers centred on a pixel position.
enum MarkerPath {
    /// The path of `shape` with overall diameter `size`; crosses and pluses are stroked,
    /// the other shapes filled.
    static func path(_ shape: MarkerShape, at c: Point, size: Double) -> Path {
        let r = size / 2
        switch shape {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            let s = r * 0.9
            return .rectangle(Rect(x: c.x - s, y: c.y - s, width: 2 * s, height: 2 * s))
        case .triangle:
            return .polyline([Point(c.x, c.y - r * 1.1), Point(c.x + r, c.y + r * 0.75),
                              Point(c.x - r, c.y + r * 0.75)], closed: true)
        case .diamond:
            return .polyline([Point(c.x, c.y - r * 1.2), Point(c.x + r, c.y),
                              Point(c.x, c.y + r * 1.2), Point(c.x - r, c.y)], closed: true)
        case .cross:
            let s = r * 0.85
            var path = Path.polyline([Point(c.x - s, c.y - s), Point(c.x + s, c.y + s)])
            path.elements += Path.polyline([Point(c.x - s, c.y + s),
                                            Point(c.x + s, c.y - s)]).elements
            return path
        case .plus:
            var path = Path.polyline([Point(c.x - r, c.y), Point(c.x + r, c.y)])
            path.elements += Path.polyline([Point(c.x, c.y - r), Point(c.x, c.y + r)]).elements
            return path
        }
    }

    static func isStroked(_ shape: MarkerShape) -> Bool { shape == .cross || shape == .plus }

    /// Draws one marker: filled shapes get a thin outline in `outline` so they stay
    /// visible over shading of the same hue; strokes get a halo for the same reason.
    static func draw(_ shape: MarkerShape, at c: Point, size: Double, color: Color,
                     outline: Color, on backend: FigureBackend) {
        let path = path(shape, at: c, size: size)
        if isStroked(shape) {
            // A thin stroke in a light colour (orange) melts into shading of its own hue, so
            // its halo is a darker shade of itself rather than the background.
            // Stroke and halo grow with the marker, so small crosses weigh as much as small
            // dots rather than merging into a ribbon.
            let width = max(1, size / 4)
            let halo = color.mixed(with: Color(red: 0, green: 0, blue: 0, alpha: color.alpha), 0.55)
            backend.stroke(path, style: StrokeStyle(color: halo, width: width + max(0.8, size / 6),
                                                    roundCaps: true))
            backend.stroke(path, style: StrokeStyle(color: color, width: width, roundCaps: true))
        } else {
            backend.fill(path, color: color)
            backend.stroke(path, style: StrokeStyle(color: outline, width: 0.8))
        }
    }
}
