/// A grid of values painted as coloured cells over the grid's extent.
public struct HeatMap: Hashable, Sendable {
    /// The values and the area they cover.
    public var grid: Grid2D
    /// Turns values, scaled to `resolvedRange`, into colours.
    public var colorMap: ColorMap
    /// Values mapped to the ends of the colour map; nil uses the data's minimum and maximum.
    public var range: ClosedRange<Double>?
    /// Bilinear smoothing between cells (fields) instead of hard cell edges (images).
    public var smooth: Bool

    /// A heat map of `grid`; by default smoothed viridis over the data's own range.
    public init(grid: Grid2D, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
                smooth: Bool = true) {
        self.grid = grid
        self.colorMap = colorMap
        self.range = range
        self.smooth = smooth
    }

    /// The value range actually mapped to the colour map.
    public var resolvedRange: ClosedRange<Double> {
        if let range { return range }
        let low = grid.values.min() ?? 0
        let high = grid.values.max() ?? 1
        return low < high ? low...high : (low - 0.5)...(low + 0.5)
    }

    /// Premultiplied ARGB32 pixels, top row first (so the grid's last row comes first),
    /// painted with `colorMap` (by default the heat map's own).
    public func pixels(colorMap: ColorMap? = nil) -> [UInt32] {
        let table = (colorMap ?? self.colorMap).lookupTable()
        let range = resolvedRange
        let low = range.lowerBound
        let scale = 255 / (range.upperBound - range.lowerBound)
        let columns = grid.columns
        let rows = grid.rows
        var pixels = [UInt32](repeating: 0, count: columns * rows)
        grid.values.withUnsafeBufferPointer { values in
            table.withUnsafeBufferPointer { table in
                pixels.withUnsafeMutableBufferPointer { out in
                    for row in 0..<rows {
                        let source = row * columns
                        let target = (rows - 1 - row) * columns
                        for column in 0..<columns {
                            let level = ((values[source + column] - low) * scale).rounded()
                            out[target + column] = table[Int(min(max(level, 0), 255))]
                        }
                    }
                }
            }
        }
        return pixels
    }
}
