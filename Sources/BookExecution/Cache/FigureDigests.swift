import BookCore
import Foundation

/// The digests of a run's figure files, computed while the chapter program still runs. The
/// runtime reports each figure once its files are written; they are hashed then, on the core
/// the program leaves idle, instead of all together after the run (a chapter that redraws its
/// figures writes tens of megabytes, a tenth of a second or more to hash).
final class FigureDigests: @unchecked Sendable {
    private let directory: AbsolutePath
    /// Digests already known (the chapter's last cache entry), taken for files whose size and
    /// time still match: figures the runtime linked from its store.
    private let known: [String: ExecutionCache.StoredFile]
    private let queue = DispatchQueue(label: "glia.figure-digests", qos: .utility)
    private let lock = NSLock()
    private var digests: [String: ExecutionCache.StoredFile] = [:]

    init(directory: String, known: [String: ExecutionCache.StoredFile]) {
        self.directory = AbsolutePath(directory)
        self.known = known
    }

    /// Hashes these files of the figure folder, in the background.
    func add(_ names: [String]) {
        queue.async { [self] in
            for name in names {
                guard let stamped = try? ExecutionCache.stamp(directory.appending(name), knownAs: known[name])
                else { continue }
                lock.lock()
                digests[name] = stamped
                lock.unlock()
            }
        }
    }

    /// The digests of every file added so far, once they are all computed. Each carries the
    /// size and time it was hashed at, so the cache takes it only for a file unchanged since.
    func computed() -> [String: ExecutionCache.StoredFile] {
        queue.sync {}
        lock.lock()
        defer { lock.unlock() }
        return digests
    }
}
