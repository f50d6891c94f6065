/// Labelled 2-D points: class 0 drawn as blue circles, class 1 as orange crosses, and so on.
public struct ClassPoints: Equatable, Sendable {
    /// Horizontal positions in data coordinates.
    public var x: [Double]
    /// Vertical positions in data coordinates, one per x.
    public var y: [Double]
    /// The class of each point: 0, 1, 2 and so on.
    public var labels: [Int]
    /// Legend names per class index; nil writes "class 0", "class 1".
    public var names: [String]?

    /// Points at (`x[i]`, `y[i]`) of class `labels[i]`, optionally with a legend name per class.
    ///
    /// ```swift
    /// let points = ClassPoints(x: [0.1, 0.8, 0.4], y: [0.2, 0.9, 0.7], labels: [0, 1, 1],
    ///                          names: ["negative", "positive"])
    /// show(ScatterChart(points: points), name: "classes")
    /// ```
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
