/// One or more lines over a shared x axis, optionally with log axes.
public struct LineChart: FigureConvertible, Equatable, Sendable {
    /// The lines, drawn in order.
    public var series: [LineSeries]
    /// The chart title; nil draws none.
    public var title: String?
    /// Label of the x axis.
    public var xLabel: String?
    /// Label of the y axis.
    public var yLabel: String?
    /// A log y axis, for values that span powers of ten.
    public var logY: Bool
    /// A log x axis, for training steps where the early ones matter most.
    public var logX: Bool
    /// Figure width in CSS pixels.
    public var width: Int
    /// Figure height in CSS pixels.
    public var height: Int

    /// A chart of several lines; give each series a label to get a legend.
    ///
    /// ```swift
    /// let training = LineSeries(x: [1, 2, 3], y: [0.9, 0.5, 0.3], label: "training")
    /// let test = LineSeries(x: [1, 2, 3], y: [1.0, 0.7, 0.6], label: "test", dash: .dashed)
    /// show(LineChart(series: [training, test], xLabel: "epoch", yLabel: "loss"), name: "curves")
    /// ```
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

    /// Builds the one-panel figure; throws a `FigureError` when `series` is empty.
    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(series, "line chart series")
        let axes = Axes(title: title, x: Axis(label: xLabel, scale: logX ? .log : .linear),
                        y: Axis(label: yLabel, scale: logY ? .log : .linear),
                        items: series.map { .line($0) })
        return Figure(axes, width: width, height: height)
    }
}
