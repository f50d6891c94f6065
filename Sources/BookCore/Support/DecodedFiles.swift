import Foundation

/// Files a long-lived process decodes once: a decoded value is given again while the file at
/// its path is the very file it was decoded from (`FileIdentity`: glia replaces what it keeps
/// by a rename, so even a rewrite within one tick of the clock is seen). Cache entries, the
/// library index and the API reference are read on every build, and glia serve builds on
/// every save.
public final class DecodedFiles<Value>: @unchecked Sendable {
    public enum Read {
        case missing, undecodable
        case decoded(Value)
    }

    private let decode: (Data) -> Value?
    private let keepsOne: Bool
    private let lock = NSLock()
    private var values: [String: (file: FileIdentity, value: Value)] = [:]

    /// - Parameter keepsOne: remember only the last file decoded (one whose path changes with
    ///   what it holds, so older ones are of no further use).
    public init(keepsOne: Bool = false, decode: @escaping (Data) -> Value?) {
        self.decode = decode
        self.keepsOne = keepsOne
    }

    public func read(_ path: String) -> Read {
        guard let file = FileIdentity(of: path, followingLinks: true) else { return .missing }
        lock.lock()
        let known = values[path]
        lock.unlock()
        if let known, known.file == file { return .decoded(known.value) }
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        guard let value = decode(data) else { return .undecodable }
        // Remembered only if the file read is still the file stamped (nothing replaced it
        // in between).
        if FileIdentity(of: path, followingLinks: true) == file { remember(value, file: file, at: path) }
        return .decoded(value)
    }

    /// The value, or nil when the file is missing or does not decode.
    public func value(at path: String) -> Value? {
        if case .decoded(let value) = read(path) { return value }
        return nil
    }

    /// Remembers `value` as what the file now at `path` holds (just written by this process).
    public func remember(_ value: Value, at path: String) {
        if let file = FileIdentity(of: path, followingLinks: true) { remember(value, file: file, at: path) }
    }

    private func remember(_ value: Value, file: FileIdentity, at path: String) {
        lock.lock()
        if keepsOne { values = [:] }
        values[path] = (file, value)
        lock.unlock()
    }
}
