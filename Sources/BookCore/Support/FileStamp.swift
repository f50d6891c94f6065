import Foundation

/// A file's size and modification time, read with one `stat` and without reading the file:
/// what glia compares to tell whether a file may have changed since it last looked, before
/// paying for reading or hashing it (every write changes the time, to the nanosecond).
public struct FileStamp: Hashable, Sendable, CustomStringConvertible {
    public var size: Int
    public var modified: Double

    /// The stamp of the file at `path`; nil when there is no such file.
    public init?(of path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    }

    /// `size|time`, for cache keys.
    public var description: String { "\(size)|\(modified)" }

    /// The stamp of `path` as text, `missing` when there is no file: a part of a key that
    /// changes when the file changes, appears or goes.
    public static func text(of path: String) -> String {
        FileStamp(of: path)?.description ?? "missing"
    }
}
