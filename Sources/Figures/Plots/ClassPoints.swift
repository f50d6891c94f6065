/// Labelled 2-D points: class 0 drawn as blue circles, class 1 as orange crosses, and so on.
public struct ClassPoints: Equatable, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var labels: [Int]
    /// Legend names per class index; nil writes "class 0", "class 1".
    public var names: [String]?

    public init(x: [Double], y: [Double], labels: [Int], names: [String]? = nil) {
        self.x = x
        self.y = y
        self.labels = labels
        self.names = names
    }

    func validate() throws {
        try Check.sameLength(x, y, "points")
        guard labels.count == x.count else {
            throw FigureError("points: \(x.count) points but \(labels.count) labels")
        }
        try Check.nonEmpty(x, "points")
        if let bad = labels.first(where: { $0 < 0 }) {
            throw FigureError("points: class label \(bad) is negative")
        }
    }

    /// Adds one scatter series per class to `axes`.
    func add(to axes: inout Axes, size: Double = 7) {
        axes.classes(x: x, y: y, labels: labels, names: names, size: size)
    }
}
