import Foundation

/// Hands `value` to later chapters under `name`: a trained model, a table of results, a data
/// set. A chapter that imports it (`imported(name)`) runs after this one, and runs again only
/// when the value it gets changes, so a prose edit here re-runs nothing downstream.
///
/// ```swift
/// let (model, history) = try trainCoffeeNetwork(seed: 3)
/// publish(model, as: "coffee-net")
/// ```
///
/// `name` is letters, digits, `-` and `_`; each name has one publishing chapter (glia checks
/// that, and that no chapters import from each other in a cycle, before running anything).
/// The value is stored as JSON with sorted keys, so the same value is the same bytes.
public func publish<Value: Encodable>(_ value: Value, as name: String) {
    guard isValidValueName(name) else {
        _GliaSession.error("publish(_:as:) was given the name '\(name)': use letters, digits, '-' and '_'")
        return
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
        let data = try encoder.encode(value)
        let file = URL(fileURLWithPath: _GliaSession.publishDirectory).appendingPathComponent(name + ".json")
        try data.write(to: file, options: .atomic)
    } catch {
        _GliaSession.error("publish(_:as: \"\(name)\") could not store the value: \(error)")
    }
}

/// The value an earlier chapter published as `name` (see `publish(_:as:)`), decoded as
/// `Value`.
///
/// ```swift
/// let model: Sequential = try imported("coffee-net")
/// ```
///
/// Throws when no chapter published `name` (glia reports a literal name it cannot find
/// before running anything) or the value is not a `Value`.
public func imported<Value: Decodable>(_ name: String, as type: Value.Type = Value.self) throws -> Value {
    let file = URL(fileURLWithPath: _GliaSession.valuesDirectory).appendingPathComponent(name + ".json")
    guard isValidValueName(name), let data = try? Data(contentsOf: file) else {
        throw ImportedValueError(message: "no chapter published a value named '\(name)': publish it with "
                                 + "publish(value, as: \"\(name)\") in another chapter")
    }
    do {
        return try JSONDecoder().decode(Value.self, from: data)
    } catch {
        throw ImportedValueError(message: "the value '\(name)' is not a \(Value.self): \(error)")
    }
}

/// Why `imported(_:as:)` could not hand over a value.
public struct ImportedValueError: Error, CustomStringConvertible {
    /// What went wrong, naming the value that could not be imported.
    public let message: String
    public var description: String { message }
}

func isValidValueName(_ name: String) -> Bool {
    !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
}
