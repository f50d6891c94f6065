/// A dense matrix of `Float` (32-bit, like Keras) stored row by row in one contiguous array.
///
/// Element `(r, c)` lives at `data[r * columns + c]`. A data set is a matrix with one row per
/// example and one column per feature; a `Dense` kernel is `inputs × units`.
public struct Matrix: Equatable, Sendable, Codable {
    /// Number of rows (examples).
    public internal(set) var rows: Int
    /// Number of columns (features or units).
    public internal(set) var columns: Int
    /// Row-major storage, `rows * columns` elements.
    /// Set it through `init(rows:columns:data:)`, which checks the count; change single
    /// elements with the subscript.
    public internal(set) var data: [Float]

    /// A `rows × columns` matrix filled with `repeating`.
    public init(rows: Int, columns: Int, repeating: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.data = [Float](repeating: repeating, count: rows * columns)
    }

    /// A matrix over existing row-major storage; throws if `data.count != rows * columns`.
    public init(rows: Int, columns: Int, data: [Float]) throws {
        guard rows >= 0, columns >= 0 else {
            throw NeuralError("Matrix: negative shape \(rows) × \(columns)")
        }
        guard data.count == rows * columns else {
            throw NeuralError("Matrix: \(data.count) values do not fill \(rows) × \(columns)")
        }
        self.rows = rows
        self.columns = columns
        self.data = data
    }

    /// A matrix from nested rows, `Matrix([[1, 2], [3, 4]])`. All rows must have equal length.
    public init(_ rows: [[Float]]) {
        let width = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == width },
                     "Matrix: rows have different lengths \(Set(rows.map(\.count)).sorted())")
        self.rows = rows.count
        self.columns = width
        self.data = rows.flatMap { $0 }
    }

    /// A one-column matrix, handy for labels and 1-D inputs.
    public init(column values: [Float]) {
        self.rows = values.count
        self.columns = 1
        self.data = values
    }

    /// Number of elements, `rows * columns`.
    public var count: Int { data.count }

    /// `(rows, columns)`, for messages and comparisons.
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// Element at `row`, `column`.
    public subscript(row: Int, column: Int) -> Float {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix index (\(row), \(column)) out of \(rows) × \(columns)")
            return data[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix index (\(row), \(column)) out of \(rows) × \(columns)")
            data[row * columns + column] = newValue
        }
    }

    /// A copy of row `i`.
    public func row(_ i: Int) -> [Float] {
        precondition(i >= 0 && i < rows, "Matrix row \(i) out of 0..<\(rows)")
        return Array(data[i * columns ..< (i + 1) * columns])
    }

    /// A copy of column `j`.
    public func column(_ j: Int) -> [Float] {
        precondition(j >= 0 && j < columns, "Matrix column \(j) out of 0..<\(columns)")
        return (0..<rows).map { data[$0 * columns + j] }
    }
}
