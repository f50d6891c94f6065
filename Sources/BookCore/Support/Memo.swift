import Foundation

/// What a long-lived process (glia serve) made last time, one slot per name (a page, a chapter):
/// the inputs it was made from and the value. Asked again with equal inputs, it gives the value
/// instead of making it again. Inputs are compared, not hashed: a chapter that did not change is
/// the very value parsed before (see `ParsedChapters`), and comparing a value with itself stops
/// at its first shared buffer, so the comparison costs almost nothing where nothing changed.
public final class Memo<Inputs: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String: (inputs: Inputs, value: Value)] = [:]

    public init() {}

    /// The value made from `inputs` last time under `name` (if `isCurrent` says it still
    /// holds: it may depend on files), or `make()`'s, remembered.
    public func value(_ name: String, for inputs: Inputs, isCurrent: (Value) -> Bool = { _ in true },
                      _ make: () throws -> Value) rethrows -> Value {
        lock.lock()
        let slot = slots[name]
        lock.unlock()
        if let slot, slot.inputs == inputs, isCurrent(slot.value) { return slot.value }
        let value = try make()
        lock.lock()
        slots[name] = (inputs, value)
        lock.unlock()
        return value
    }

    /// Forgets every slot.
    public func forgetAll() {
        lock.lock()
        slots = [:]
        lock.unlock()
    }
}
