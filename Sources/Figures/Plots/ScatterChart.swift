/// Labelled points in the plane, one colour and marker shape per class.
public struct ScatterChart: FigureConvertible, Equatable, Sendable {
    /// The labelled points.
    public var points: ClassPoints
    /// The chart title; nil draws none.
    public var title: String?
    /// Label of the x axis.
    public var xLabel: String?
    /// Label of the y axis.
    public var yLabel: String?
    /// Makes one data unit as long on x as on y.
    public var equalAspect: Bool
    /// Figure width in CSS pixels.
    public var width: Int
    /// Figure height in CSS pixels.
    public var height: Int

    /// A scatter chart of labelled points.
    ///
    /// ```swift
    /// let points = ClassPoints(x: [0, 1, 2, 3], y: [1, 0, 3, 2], labels: [0, 0, 1, 1])
    /// show(ScatterChart(points: points, xLabel: "x₁", yLabel: "x₂"), name: "scatter")
    /// ```
    public init(points: ClassPoints, title: String? = nil, xLabel: String? = nil,
                yLabel: String? = nil, equalAspect: Bool = false, width: Int = 640,
                height: Int = 400) {
        self.points = points
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.equalAspect = equalAspect
        self.width = width
        self.height = height
    }

    /// Builds the one-panel figure; throws a `FigureError` for empty or mismatched points.
    public func makeFigure() throws -> Figure {
        try points.validate()
        var axes = Axes(title: title, x: Axis(label: xLabel), y: Axis(label: yLabel),
                        equalAspect: equalAspect)
        points.add(to: &axes)
        return Figure(axes, width: width, height: height)
    }
}
