extension FigureBackend {
    /// Height of capital letters and digits as a fraction of the font size (DejaVu Sans);
    /// centring on it looks right for labels, which are mostly digits and capitals.
    static var capHeight: Double { 0.73 }

    /// Draws `text` so that `anchor` on its box sits at `point`; returns the box it covers.
    @discardableResult
    func draw(_ text: String, at point: Point, anchor: TextAnchor, font: FontSpec,
              color: Color, rotated: Bool = false) -> Rect {
        let size = measure(text, font: font)
        let cap = Self.capHeight * font.size
        var dx: Double
        switch anchor {
        case .left, .topLeft, .bottomLeft: dx = 0
        case .right, .topRight, .bottomRight: dx = -size.width
        case .center, .top, .bottom: dx = -size.width / 2
        }
        // Baseline offset from the anchor point, measured along the text's own up axis.
        var dy: Double
        switch anchor {
        case .top, .topLeft, .topRight: dy = cap
        case .bottom, .bottomLeft, .bottomRight: dy = -size.descent
        case .center, .left, .right: dy = cap / 2
        }
        if rotated {
            // Rotated a quarter turn counter-clockwise: text runs upwards.
            let origin = Point(point.x + dy, point.y - dx)
            drawText(text, at: origin, font: font, color: color, rotation: -Double.pi / 2)
            return Rect(x: origin.x - cap, y: origin.y - size.width, width: size.height,
                        height: size.width)
        }
        let origin = Point(point.x + dx, point.y + dy)
        drawText(text, at: origin, font: font, color: color, rotation: 0)
        return Rect(x: origin.x, y: origin.y - cap, width: size.width, height: cap + size.descent)
    }

    /// The pixel height a line of text occupies in layouts (cap height plus descent).
    func lineHeight(_ font: FontSpec) -> Double {
        Self.capHeight * font.size + measure("g", font: font).descent
    }
}
