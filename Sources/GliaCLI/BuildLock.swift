import BookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a book's cache folder, held for a whole build, so two `glia build`
/// runs on the same book (two terminals, an editor hook) take turns instead of compiling into
/// the same work folders. The kernel releases it if glia dies.
final class BuildLock {
    /// The lock file's name inside the cache folder.
    static let fileName = "build.lock"

    private let descriptor: Int32

    /// Takes the lock, waiting (and saying so) if another build holds it.
    init(cacheDirectory: String, onWait: () -> Void) throws {
        descriptor = try Self.openFile(in: cacheDirectory)
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            flock(descriptor, LOCK_EX)
        }
    }

    /// Takes the lock if no other build holds it; nil if one does (or it cannot be taken).
    init?(ifFreeIn cacheDirectory: String) {
        guard let descriptor = try? Self.openFile(in: cacheDirectory) else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    private static func openFile(in cacheDirectory: String) throws -> Int32 {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let path = AbsolutePath(cacheDirectory).appending(fileName).string
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        return descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
