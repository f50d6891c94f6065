/// A complete figure: a size in CSS pixels, an optional title and a grid of panels.
///
/// The model knows nothing about Cairo; `CairoFigures` turns it into PNG or SVG.
public struct Figure: Hashable, Sendable, FigureConvertible {
    /// Width in CSS pixels (PNG at 2× has twice as many device pixels).
    public var width: Int
    /// Height in CSS pixels.
    public var height: Int
    /// A title above all panels; nil draws none.
    public var title: String?
    /// Panels, filled row by row.
    public var panels: [Axes]
    /// Panels per row.
    public var columns: Int
    /// Colours and type sizes; `.light` by default.
    public var theme: Theme
    /// A colour bar shared by all panels, drawn at the right edge of the figure.
    public var colorBar: ColorBar?
    /// Whether a phone layout may be drawn (`narrowVariant()`).
    public var allowsNarrowLayout = true
    /// The panels as drawn for the phone layout, when they must differ from `panels`: a
    /// network diagram leaves its labels more room at 420 px. Nil uses `panels`.
    public var narrowPanels: [Axes]?
    /// Panels per row in the phone layout; nil lets `narrowVariant()` choose (rows of small
    /// images kept whole, otherwise about one chart per line). A grid whose rows mean
    /// something, such as three rows of three small scatter plots, can keep its rows.
    public var narrowColumns: Int?
    /// Height of the phone layout in CSS pixels; nil derives it from the panels' shape. A
    /// diagram that needs room below it on a phone (a key of names) asks for more.
    public var narrowHeight: Int?

    /// A figure of `panels` laid out row by row, `columns` per row (all in one row when nil).
    ///
    /// ```swift
    /// var data = Axes(title: "data", xLabel: "x", yLabel: "y")
    /// data.scatter(x: [0, 1, 2, 3], y: [0.1, 0.9, 2.2, 2.8])
    /// var fit = Axes(title: "fit", xLabel: "x", yLabel: "y")
    /// fit.line(x: [0, 3], y: [0, 3])
    /// show(Figure(width: 900, height: 380, panels: [data, fit]), name: "data-and-fit")
    /// ```
    public init(width: Int = 640, height: Int = 400, title: String? = nil,
                panels: [Axes], columns: Int? = nil, theme: Theme = .light,
                colorBar: ColorBar? = nil) {
        self.width = width
        self.height = height
        self.title = title
        self.panels = panels
        self.columns = max(1, columns ?? panels.count)
        self.theme = theme
        self.colorBar = colorBar
    }

    /// A one-panel figure.
    public init(_ axes: Axes, width: Int = 640, height: Int = 400, theme: Theme = .light) {
        self.init(width: width, height: height, panels: [axes], theme: theme)
    }

    /// Number of panel rows, from the panel count and `columns`.
    public var rows: Int { (panels.count + columns - 1) / columns }

    /// Returns the figure itself, so a figure can be shown like any plot.
    public func makeFigure() throws -> Figure { self }

    /// The same figure drawn for a dark page: same layout and sizes, colours translated
    /// (`Theme.scheme`).
    public func forDarkPage() -> Figure {
        var copy = self
        copy.theme.scheme = .dark
        return copy
    }

    /// Throws a `FigureError` naming the first problem: size, empty figure, bad data.
    public func validate() throws {
        guard (1...8192).contains(width), (1...8192).contains(height) else {
            throw FigureError("figure size \(width)×\(height) must be between 1×1 and 8192×8192")
        }
        guard !panels.isEmpty else { throw FigureError("figure has no panels") }
        for (index, panel) in panels.enumerated() {
            do {
                for item in panel.items { try item.validate() }
                if let limits = panel.x.limits { try Figure.checkLimits(limits, panel.x.scale) }
                if let limits = panel.y.limits { try Figure.checkLimits(limits, panel.y.scale) }
            } catch let error as FigureError {
                throw FigureError("panel \(index)\(panel.title.map { " '\($0)'" } ?? ""): "
                                  + error.message)
            }
        }
    }

    private static func checkLimits(_ limits: ClosedRange<Double>, _ scale: Axis.ScaleKind) throws {
        guard limits.lowerBound.isFinite, limits.upperBound.isFinite,
              limits.upperBound > limits.lowerBound else {
            throw FigureError("axis limits \(limits) must be finite and non-empty")
        }
        if scale == .log, limits.lowerBound <= 0 {
            throw FigureError("log axis limits \(limits) must be positive")
        }
    }
}
