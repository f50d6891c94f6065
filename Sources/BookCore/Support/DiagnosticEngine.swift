import Foundation

/// Receives every diagnostic a build reports: the terminal, a test, a preview page's overlay.
public protocol DiagnosticConsumer: Sendable {
    func receive(_ diagnostic: Diagnostic)
}

/// The one place every stage of a build reports its problems to. Stages return only their
/// value (or nil when they failed); what went wrong is here, in the order it was reported,
/// and is handed on to the consumers as it arrives.
public final class DiagnosticEngine: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []
    private let consumers: [DiagnosticConsumer]

    public init(consumers: [DiagnosticConsumer] = []) {
        self.consumers = consumers
    }

    public func emit(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        collected.append(diagnostic)
        consumers.forEach { $0.receive(diagnostic) }
    }

    public func emit(_ diagnostics: [Diagnostic]) {
        diagnostics.forEach(emit)
    }

    /// Everything reported so far.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    public var errorCount: Int { diagnostics.filter(\.isError).count }

    public var hasErrors: Bool { errorCount > 0 }
}
