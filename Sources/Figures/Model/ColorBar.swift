/// A vertical colour scale beside a plot, explaining a heat map's colours.
public struct ColorBar: Equatable, Sendable {
    public var colorMap: ColorMap
    public var range: ClosedRange<Double>
    public var label: String?
    /// Extra ticks beyond the automatic ones are not needed; fixed ticks replace them.
    public var ticks: [Tick]?

    public init(colorMap: ColorMap, range: ClosedRange<Double>, label: String? = nil,
                ticks: [Tick]? = nil) {
        self.colorMap = colorMap
        self.range = range
        self.label = label
        self.ticks = ticks
    }
}
