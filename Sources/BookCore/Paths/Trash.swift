import Foundation

/// Where glia puts folders it no longer needs (a replaced site, a replaced cache entry), so
/// that deleting them, which frees the blocks of the files they were the last links to, is off
/// the build's path: a rename moves a folder in, and `empty` deletes the contents on another
/// thread at the start of the next build. It is inside the cache, so nothing shows in the
/// book's folder, and `glia clean` empties it.
public struct Trash: Sendable {
    public let folder: String

    public init(cacheDirectory: String) {
        folder = AbsolutePath(cacheDirectory).appending("trash").string
    }

    /// Moves the folder at `path` into the trash with one rename; false when it cannot be
    /// moved (the trash is on another file system), and then it is left where it is.
    public func take(_ path: String) -> Bool {
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else { return false }
        return rename(path, AbsolutePath(folder).appending(UUID().uuidString).string) == 0
    }

    /// Deletes what the trash holds now, with `remove`, on another thread, leaving the other
    /// core to the build. A deletion cut short by glia's exit is finished by a later build.
    public func empty(using remove: @escaping @Sendable (String) -> Void) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard !names.isEmpty else { return }
        let paths = names.map { AbsolutePath(folder).appending($0).string }
        // In the background (one thread, see `BackgroundWork`): the build goes on beside it.
        BackgroundWork.inBackground({ for path in paths { remove(path) } }, then: {})
    }
}
