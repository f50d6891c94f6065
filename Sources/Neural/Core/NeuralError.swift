import Foundation

/// The one error type of the Neural library. Every message names the shapes or values involved,
/// so a failing notebook cell says what was wrong rather than trapping.
public struct NeuralError: Error, CustomStringConvertible, Equatable {
    /// A human-readable explanation, for example "predict: input has 3 columns, the model expects 2".
    public let message: String

    /// An error with `message`, which should name the shapes or values involved.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "NeuralError: \(message)" }
}

extension NeuralError: LocalizedError {
    public var errorDescription: String? { description }
}
