/// One panel of a figure: a plot area with axes, items, an optional legend and colour bar.
public struct Axes: Equatable, Sendable {
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
        case automatic, topLeft, topRight, bottomLeft, bottomRight, below, hidden
    }

    public var title: String?
    public var x: Axis
    public var y: Axis
    public var items: [PlotItem]
    public var legend: LegendPlacement
    public var colorBar: ColorBar?
    public var grid: Bool
    public var frame: Frame
    /// One data unit is as long on x as on y (diagrams, images, fields on equal units).
    public var equalAspect: Bool

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
