import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's size and modification time, read with one `stat` and without reading the file:
/// what glia compares to tell whether a file may have changed since it last looked, before
/// paying for reading or hashing it (every write changes the time, to the nanosecond).
public struct FileStamp: Hashable, Sendable, CustomStringConvertible {
    public var size: Int
    public var modified: Double

    /// The stamp of the file at `path` (a symbolic link's own, not its target's); nil when
    /// there is no such file.
    ///
    /// One `lstat`, not `FileManager.attributesOfItem`, which builds a dictionary of every
    /// attribute and looks up the owner's name (a tenth of a no-op build went there). The
    /// time is computed the way Foundation computes a modification date (checked on thousands
    /// of files), so stamps recorded before are still equal.
    public init?(of path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        let sinceReferenceDate = Double(info.st_mtim.tv_sec) - Date.timeIntervalBetween1970AndReferenceDate
            + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        modified = Date(timeIntervalSinceReferenceDate: sinceReferenceDate).timeIntervalSince1970
    }

    /// `size|time`, for cache keys.
    public var description: String { "\(size)|\(modified)" }

    /// The stamp of `path` as text, `missing` when there is no file: a part of a key that
    /// changes when the file changes, appears or goes.
    public static func text(of path: String) -> String {
        FileStamp(of: path)?.description ?? "missing"
    }
}
