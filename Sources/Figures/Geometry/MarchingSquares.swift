/// Iso-lines of a sampled field by marching squares, joined into polylines.
///
/// Samples sit at cell centres of the `Grid2D`; each square between four neighbouring samples
/// contributes up to two segments with end points interpolated linearly along its edges.
/// Ambiguous saddles are resolved with the square's mean value.
public enum MarchingSquares {
    /// Polylines (data coordinates) where `grid` crosses `level`. Closed loops repeat their
    /// first point at the end.
    public static func contour(_ grid: Grid2D, level: Double) -> [[Point]] {
        let columns = grid.columns
        let rows = grid.rows
        guard columns >= 2, rows >= 2, grid.values.count == columns * rows else { return [] }
        var segments = SegmentChains()
        grid.values.withUnsafeBufferPointer { v in
            for row in 0..<(rows - 1) {
                for column in 0..<(columns - 1) {
                    let i = row * columns + column
                    let a = v[i], b = v[i + 1], c = v[i + columns + 1], d = v[i + columns]
                    var index = 0
                    if a >= level { index |= 1 }
                    if b >= level { index |= 2 }
                    if c >= level { index |= 4 }
                    if d >= level { index |= 8 }
                    if index == 0 || index == 15 { continue }
                    // Edges of the square: 0 bottom (a-b), 1 right (b-c), 2 top (d-c), 3 left (a-d).
                    let bottom = 2 * i, left = 2 * i + 1
                    let top = 2 * (i + columns), right = 2 * (i + 1) + 1
                    let edges = [bottom, right, top, left]
                    for pair in pairs(index, center: (a + b + c + d) / 4 >= level) {
                        segments.add(edges[pair.0], edges[pair.1])
                    }
                }
            }
        }
        return segments.chains().map { chain in chain.map { point(onEdge: $0, grid, level) } }
    }

    /// Which square edges a case connects.
    private static func pairs(_ index: Int, center: Bool) -> [(Int, Int)] {
        switch index {
        case 1, 14: return [(3, 0)]
        case 2, 13: return [(0, 1)]
        case 3, 12: return [(3, 1)]
        case 4, 11: return [(1, 2)]
        case 6, 9: return [(0, 2)]
        case 7, 8: return [(3, 2)]
        case 5: return center ? [(3, 2), (0, 1)] : [(3, 0), (1, 2)]
        case 10: return center ? [(3, 0), (1, 2)] : [(3, 2), (0, 1)]
        default: return []
        }
    }

    /// The crossing point on an edge id (even: edge to the right neighbour, odd: edge up).
    private static func point(onEdge edge: Int, _ grid: Grid2D, _ level: Double) -> Point {
        let sample = edge / 2
        let column = sample % grid.columns
        let row = sample / grid.columns
        let start = grid.values[sample]
        let horizontal = edge % 2 == 0
        let end = grid.values[horizontal ? sample + 1 : sample + grid.columns]
        let t = start == end ? 0.5 : min(max((level - start) / (end - start), 0), 1)
        let x0 = grid.x(column: column), y0 = grid.y(row: row)
        if horizontal { return Point(x0 + t * (grid.x(column: column + 1) - x0), y0) }
        return Point(x0, y0 + t * (grid.y(row: row + 1) - y0))
    }
}
