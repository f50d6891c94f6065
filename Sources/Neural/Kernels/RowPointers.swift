/// The rows of a batch as a table of pointers: row `r` starts at `rows[r]`.
///
/// The first layer reads training examples where they lie in the data set through such a
/// table, instead of copying each shuffled row into a contiguous batch first (the copy was a
/// sixth of the digits benchmark, whose rows are 400 values wide). Contiguous buffers get a
/// table too, so every `Dense` kernel reads its input rows one way.
typealias RowPointers = UnsafePointer<UnsafePointer<Float>>

/// Fills `table` with the `count` rows of a contiguous row-major buffer `width` values wide.
@inline(__always)
func fillRowPointers(_ table: UnsafeMutablePointer<UnsafePointer<Float>>,
                     base: UnsafePointer<Float>, width: Int, count: Int) {
    for r in 0..<count { table[r] = base + r * width }
}

/// Calls `body` with a temporary row table for a contiguous buffer (on the stack when small),
/// for the public entry points that take contiguous rows.
@inline(__always)
func withRowPointers<R>(_ base: UnsafePointer<Float>, width: Int, count: Int,
                        _ body: (RowPointers) -> R) -> R {
    withUnsafeTemporaryAllocation(of: UnsafePointer<Float>.self, capacity: Swift.max(count, 1)) {
        fillRowPointers($0.baseAddress!, base: base, width: width, count: count)
        return body(UnsafePointer($0.baseAddress!))
    }
}
