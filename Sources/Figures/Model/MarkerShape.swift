/// Point marker shapes; classes use different shapes as well as colours.
public enum MarkerShape: String, Sendable, CaseIterable {
    /// The shapes; `Palette.classMarker(_:)` gives classes circle, cross, square, triangle, diamond.
    case circle, cross, square, triangle, diamond, plus
}

/// Line dash patterns.
public enum LineDash: String, Sendable {
    /// A continuous line, evenly spaced dashes, or small dots.
    case solid, dashed, dotted

    /// On/off lengths in pixels for a line of the given width.
    func pattern(width: Double) -> [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [6 * max(1, width / 1.5), 4 * max(1, width / 1.5)]
        case .dotted: return [1.5, 3]
        }
    }
}
