/// One or more lines over a shared x axis, optionally with log axes.
public struct LineChart: FigureConvertible, Equatable, Sendable {
    public var series: [LineSeries]
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var logY: Bool
    /// A log x axis, for training steps where the early ones matter most.
    public var logX: Bool
    public var width: Int
    public var height: Int

    public init(series: [LineSeries], title: String? = nil, xLabel: String? = nil,
                yLabel: String? = nil, logY: Bool = false, logX: Bool = false, width: Int = 640,
                height: Int = 400) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
        self.logX = logX
        self.width = width
        self.height = height
    }

    /// A single line y(x).
    public init(x: [Double], y: [Double], title: String? = nil, xLabel: String? = nil,
                yLabel: String? = nil, dash: LineDash = .solid) {
        self.init(series: [LineSeries(x: x, y: y, dash: dash)], title: title, xLabel: xLabel,
                  yLabel: yLabel)
    }

    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(series, "line chart series")
        let axes = Axes(title: title, x: Axis(label: xLabel, scale: logX ? .log : .linear),
                        y: Axis(label: yLabel, scale: logY ? .log : .linear),
                        items: series.map { .line($0) })
        return Figure(axes, width: width, height: height)
    }
}
