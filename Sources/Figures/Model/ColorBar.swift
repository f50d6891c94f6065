/// A vertical colour scale beside a plot, explaining a heat map's colours.
public struct ColorBar: Hashable, Sendable {
    /// The colours shown along the bar, low values at the bottom.
    public var colorMap: ColorMap
    /// The data values at the bottom and top ends of the bar.
    public var range: ClosedRange<Double>
    /// Text written upwards beside the bar; include units.
    public var label: String?
    /// Extra ticks beyond the automatic ones are not needed; fixed ticks replace them.
    public var ticks: [Tick]?

    /// A colour bar for `colorMap` over `range`, with automatic ticks unless `ticks` is given.
    public init(colorMap: ColorMap, range: ClosedRange<Double>, label: String? = nil,
                ticks: [Tick]? = nil) {
        self.colorMap = colorMap
        self.range = range
        self.label = label
        self.ticks = ticks
    }
}
