import Foundation

/// A value shared between threads (or a task and the thread waiting for it), read and set
/// under a lock.
public final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func set(_ newValue: Value) {
        lock.lock()
        value = newValue
        lock.unlock()
    }

    public func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
