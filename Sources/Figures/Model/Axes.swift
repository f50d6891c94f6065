/// One panel of a figure: a plot area with axes, items, an optional legend and colour bar.
public struct Axes: Hashable, Sendable {
    /// How the frame around the plot area is drawn.
    public enum Frame: String, Sendable {
        /// Left and bottom axis lines with ticks and labels (charts).
        case axes
        /// A full box with ticks and labels (heat maps, matrices).
        case box
        /// Nothing: diagrams, images, tables.
        case none
    }

    /// Where the legend goes. `.automatic` shows a legend only when there are two or more
    /// labelled items, in the corner covering the fewest data points, or under the plot
    /// (`.below`) when every corner would cover some.
    public enum LegendPlacement: String, Sendable {
        /// `automatic` picks a corner or `below`; the corners and `below` fix the place; `hidden` shows none.
        case automatic, topLeft, topRight, bottomLeft, bottomRight, below, hidden
    }

    /// The panel title, drawn above the plot area; nil draws none.
    public var title: String?
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// Everything drawn in the plot area, in order; markers, circles and text always go on top.
    public var items: [PlotItem]
    /// Where the legend of labelled items goes.
    public var legend: LegendPlacement
    /// A colour bar beside this panel; nil draws none.
    public var colorBar: ColorBar?
    /// Draws light grid lines at the ticks (never with the `.none` frame).
    public var grid: Bool
    /// How the plot area is framed.
    public var frame: Frame
    /// One data unit is as long on x as on y (diagrams, images, fields on equal units).
    public var equalAspect: Bool

    /// A panel with the given axes and items; by default linear axes fitted to the data, a grid,
    /// left and bottom axis lines, and a legend only when two or more items are labelled.
    ///
    /// ```swift
    /// let axes = Axes(x: Axis(label: "x"), y: Axis(label: "y"),
    ///                 items: [.line(LineSeries(x: [0, 1, 2], y: [0, 1, 4]))])
    /// show(Figure(axes), name: "parabola")
    /// ```
    public init(title: String? = nil, x: Axis = Axis(), y: Axis = Axis(),
                items: [PlotItem] = [], legend: LegendPlacement = .automatic,
                colorBar: ColorBar? = nil, grid: Bool = true, frame: Frame = .axes,
                equalAspect: Bool = false) {
        self.title = title
        self.x = x
        self.y = y
        self.items = items
        self.legend = legend
        self.colorBar = colorBar
        self.grid = grid
        self.frame = frame
        self.equalAspect = equalAspect
    }

    /// A chart with the given title and axis labels (include units in labels).
    public init(title: String? = nil, xLabel: String?, yLabel: String?) {
        self.init(title: title, x: Axis(label: xLabel), y: Axis(label: yLabel))
    }
}
