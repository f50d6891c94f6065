/// Labelled points in the plane, one colour and marker shape per class.
public struct ScatterChart: FigureConvertible, Equatable, Sendable {
    public var points: ClassPoints
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var equalAspect: Bool
    public var width: Int
    public var height: Int

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

    public func makeFigure() throws -> Figure {
        try points.validate()
        var axes = Axes(title: title, x: Axis(label: xLabel), y: Axis(label: yLabel),
                        equalAspect: equalAspect)
        points.add(to: &axes)
        return Figure(axes, width: width, height: height)
    }
}
