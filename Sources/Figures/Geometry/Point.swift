/// A point in either data or pixel coordinates, depending on where it is used.
public struct Point: Hashable, Sendable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate: up in data coordinates, down in pixels.
    public var y: Double

    /// A point at (`x`, `y`).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
