/// Values sampled on a regular grid over a rectangle of the data plane.
///
/// Row 0 is the bottom row (smallest y); samples sit at cell centres, so a grid of
/// `columns` cells over `xRange` has its first sample half a cell in from the left edge.
public struct Grid2D: Hashable, Sendable {
    /// Number of cells across, along x.
    public let columns: Int
    /// Number of cells up, along y; row 0 is the bottom row.
    public let rows: Int
    /// The x extent the grid covers, in data coordinates.
    public var xRange: ClosedRange<Double>
    /// The y extent the grid covers, in data coordinates.
    public var yRange: ClosedRange<Double>
    /// Row-major values, `values[row * columns + column]`.
    public var values: [Double]

    /// A grid from ready-made values, row-major with row 0 at the bottom.
    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>,
                yRange: ClosedRange<Double>, values: [Double]) {
        self.columns = columns
        self.rows = rows
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
    }

    /// Samples `function(x, y)` at every cell centre.
    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>,
                yRange: ClosedRange<Double>, _ function: (Double, Double) -> Double) {
        self.init(columns: columns, rows: rows, xRange: xRange, yRange: yRange, values: [])
        var values = [Double]()
        values.reserveCapacity(max(0, columns * rows))
        for row in 0..<max(0, rows) {
            let y = self.y(row: row)
            for column in 0..<max(0, columns) { values.append(function(self.x(column: column), y)) }
        }
        self.values = values
    }

    /// The x coordinate of the centre of `column`.
    public func x(column: Int) -> Double {
        xRange.lowerBound + (Double(column) + 0.5) * (xRange.upperBound - xRange.lowerBound)
            / Double(columns)
    }

    /// The y coordinate of the centre of `row`.
    public func y(row: Int) -> Double {
        yRange.lowerBound + (Double(row) + 0.5) * (yRange.upperBound - yRange.lowerBound)
            / Double(rows)
    }

    /// The value of the cell at `column` and `row` (row 0 at the bottom).
    public subscript(column: Int, row: Int) -> Double { values[row * columns + column] }

    /// Throws unless the shape is consistent and every value is finite.
    public func validate(_ what: String) throws {
        guard columns > 0, rows > 0 else {
            throw FigureError("\(what): grid is \(columns)×\(rows); it needs at least 1×1 cells")
        }
        guard values.count == columns * rows else {
            throw FigureError("\(what): a \(columns)×\(rows) grid needs \(columns * rows) "
                              + "values, got \(values.count)")
        }
        guard xRange.upperBound > xRange.lowerBound, yRange.upperBound > yRange.lowerBound,
              xRange.lowerBound.isFinite, xRange.upperBound.isFinite,
              yRange.lowerBound.isFinite, yRange.upperBound.isFinite else {
            throw FigureError("\(what): extent x \(xRange), y \(yRange) must be finite and "
                              + "non-empty")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw FigureError("\(what): value \(values[bad]) at column \(bad % columns), "
                              + "row \(bad / columns) is not finite")
        }
    }
}
