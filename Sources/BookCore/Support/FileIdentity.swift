import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which file is at a path, and as it was written: device, inode, size and modification time,
/// read with one `stat`. Two equal identities are the same file, untouched in between, as far as
/// the file system tells: a write changes the time, and a replacement by rename (how glia writes
/// everything it keeps) changes the inode too, even within one tick of the file system's clock.
public struct FileIdentity: Equatable, Sendable {
    public var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

    /// The file at `path`, or with `followingLinks`, the file a link there leads to (as
    /// reading does); nil when there is none.
    public init?(of path: String, followingLinks: Bool) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
