extension Matrix {
    /// The rows at `indices`, in that order (used for batches, shuffles and splits).
    public func rows<S: Sequence>(_ indices: S) -> Matrix where S.Element == Int {
        var out: [Float] = []
        for i in indices {
            precondition(i >= 0 && i < rows, "Matrix row \(i) out of 0..<\(rows)")
            out.append(contentsOf: data[i * columns ..< (i + 1) * columns])
        }
        return Matrix(uncheckedRows: out.count / Swift.max(columns, 1), columns: columns, data: out)
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var out = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns { out.data[c * rows + r] = data[r * columns + c] }
        }
        return out
    }

    /// The matrix with `transform` applied to every element.
    public func map(_ transform: (Float) throws -> Float) rethrows -> Matrix {
        Matrix(uncheckedRows: rows, columns: columns, data: try data.map(transform))
    }

    /// The index of the largest value in each row (ties go to the first), e.g. predicted classes.
    public func argmaxPerRow() -> [Int] {
        (0..<rows).map { r in
            var best = 0
            for c in 1..<Swift.max(columns, 1) where data[r * columns + c] > data[r * columns + best] {
                best = c
            }
            return best
        }
    }

    /// Builds a matrix whose count the caller has already guaranteed.
    init(uncheckedRows rows: Int, columns: Int, data: [Float]) {
        self.init(rows: 0, columns: 0)
        self.rows = rows
        self.columns = columns
        self.data = data
    }
}

extension Matrix: CustomStringConvertible {
    /// Rows of at most 8 values with 4 decimals, enough to read in a notebook output.
    public var description: String {
        var lines = ["Matrix \(rows) × \(columns)"]
        for r in 0..<Swift.min(rows, 8) {
            let values = (0..<Swift.min(columns, 8)).map { formatFixed(data[r * columns + $0], 4) }
            lines.append("  [" + values.joined(separator: ", ") + (columns > 8 ? ", …]" : "]"))
        }
        if rows > 8 { lines.append("  …") }
        return lines.joined(separator: "\n")
    }
}

/// Fixed-point formatting that does not depend on the locale.
func formatFixed(_ value: Float, _ decimals: Int) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (Double(value) * scale).rounded()
    let negative = scaled < 0
    let magnitude = Swift.abs(scaled)
    let whole = Int(magnitude / scale)
    let fraction = Int(magnitude - Double(whole) * scale)
    var text = String(whole)
    if decimals > 0 {
        let digits = String(fraction)
        text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return (negative && magnitude > 0 ? "-" : "") + text
}
