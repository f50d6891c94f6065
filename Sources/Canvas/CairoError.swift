@_implementationOnly import CCairo
// Implementation-only: chapter programs see only .build/<config>/Modules, where the CCairo
// module map is absent. Safe without library evolution because no public or stored type of
// Canvas mentions a Cairo type (pointers are kept as OpaquePointer).

/// A failure reported by Cairo, or a request Canvas refuses before it reaches Cairo.
public struct CairoError: Error, CustomStringConvertible, Equatable {
    /// Cairo's numeric status (0 when the error was raised by Canvas itself).
    public let status: Int
    /// What went wrong, in words.
    public let message: String

    public init(status: Int = 0, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "Cairo error \(status): \(message)" }

    /// Throws when `status` is not CAIRO_STATUS_SUCCESS, naming the operation that failed.
    static func check(_ status: cairo_status_t, _ operation: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let text = String(cString: cairo_status_to_string(status))
        throw CairoError(status: Int(status.rawValue), message: "\(operation): \(text)")
    }
}
