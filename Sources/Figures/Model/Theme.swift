/// Colours and type sizes shared by every figure. Sizes are CSS pixels at 1×.
public struct Theme: Hashable, Sendable {
    /// The page colour behind the figure.
    public var background: Color
    /// Titles, axis labels, legend text and annotations.
    public var text: Color
    /// Axis lines and ticks.
    public var axis: Color
    /// Grid lines.
    public var grid: Color
    /// Secondary text (tick labels).
    public var mutedText: Color
    /// Lines drawn over shading (0.5 contours, sums).
    public var emphasis: Color
    /// Size of the figure title, in pixels.
    public var figureTitleSize: Double = 15
    /// Size of panel titles, in pixels.
    public var titleSize: Double = 14
    /// Size of axis and colour bar labels, in pixels.
    public var labelSize: Double = 13
    /// Size of tick labels and default annotations, in pixels.
    public var tickSize: Double = 12
    /// Size of legend text, in pixels.
    public var legendSize: Double = 12
    /// The width at which pages show figures: the book's text column (42rem), in CSS pixels.
    /// Pages shrink a wider figure to it, so `fitted(toWidth:)` enlarges its text by the
    /// same factor and the text still reads at the sizes above. nil keeps the sizes as set.
    public var displayWidth: Double? = 672
    /// The page the figure is drawn for. Colours above are always the white page's; for
    /// `.dark` every colour is translated as it is drawn (`DarkInk`), and colour maps use
    /// their dark stops.
    public var scheme: ColorScheme = .light

    /// Which page a figure is drawn for.
    public enum ColorScheme: String, Equatable, Sendable {
        /// `light` for a white page, `dark` for a dark one.
        case light, dark
    }

    /// A theme with these colours, the default type sizes, drawn for a white page.
    public init(background: Color, text: Color, axis: Color, grid: Color, mutedText: Color,
                emphasis: Color) {
        self.background = background
        self.text = text
        self.axis = axis
        self.grid = grid
        self.mutedText = mutedText
        self.emphasis = emphasis
    }

    /// Dark text on white: the default for the book.
    public static let light = Theme(
        background: .white, text: Color(hex: 0x1A1A1A), axis: Color(hex: 0x555555),
        grid: Color(hex: 0xE6E6E6), mutedText: Color(hex: 0x444444),
        emphasis: Color(hex: 0x1A1A1A))

    /// The book's light theme drawn for a dark page (see `scheme`).
    public static let dark: Theme = {
        var theme = Theme.light
        theme.scheme = .dark
        return theme
    }()

    /// The colour map to paint with on this theme's page.
    public func colorMap(_ map: ColorMap) -> ColorMap {
        scheme == .dark ? map.forDarkPage : map
    }

    /// This theme for a figure `width` CSS pixels wide: text sizes multiplied by how much the
    /// page will shrink the figure (1 when it fits `displayWidth`).
    public func fitted(toWidth width: Int) -> Theme {
        guard let displayWidth, Double(width) > displayWidth else { return self }
        let factor = Double(width) / displayWidth
        var theme = self
        theme.figureTitleSize *= factor
        theme.titleSize *= factor
        theme.labelSize *= factor
        theme.tickSize *= factor
        theme.legendSize *= factor
        return theme
    }
}
