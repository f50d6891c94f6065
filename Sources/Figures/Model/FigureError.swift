/// Why a figure cannot be drawn: bad sizes, empty or non-finite data, mismatched lengths.
public struct FigureError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, in plain words.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) { self.message = message }

    public var description: String { "figure error: \(message)" }
}

/// Shared checks for data arrays handed to plots.
enum Check {
    static func finite(_ values: [Double], _ what: String) throws {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw FigureError("\(what) has a non-finite value \(values[index]) at index \(index)")
        }
    }

    static func nonEmpty<T>(_ values: [T], _ what: String) throws {
        if values.isEmpty { throw FigureError("\(what) is empty") }
    }

    static func sameLength(_ x: [Double], _ y: [Double], _ what: String) throws {
        guard x.count == y.count else {
            throw FigureError("\(what): x has \(x.count) values but y has \(y.count)")
        }
    }
}
