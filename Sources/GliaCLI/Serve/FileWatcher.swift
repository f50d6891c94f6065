import BookCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reports which files under a folder changed, in batches: after the first change it waits
/// until the folder has been quiet for `debounce` seconds (an editor's save is often several
/// writes and renames, all within a few milliseconds), then hands over every path that changed.
/// When everything seen so far is a finished save (a file closed after writing, or renamed
/// into place), the quiet needed is `settledDebounce`, a sixth of it: the save is complete,
/// only a sibling event of the same save could still follow (within microseconds when a
/// program saves several files; one that comes later costs one more build, never a stale one).
///
/// Uses inotify, watching every folder below the root (new folders are added as they appear)
/// except the skipped ones; where inotify is unavailable it falls back to comparing sizes and
/// modification times every half second.
final class FileWatcher: @unchecked Sendable {
    let root: AbsolutePath
    /// Folder names never watched (the site, the cache, build products, version control).
    let skipped: Set<String>
    let debounce: Double
    let settledDebounce: Double

    private var descriptor: Int32 = -1
    private var folders: [Int32: AbsolutePath] = [:]

    init(root: AbsolutePath, skipping skipped: Set<String>, debounce: Double = 0.03) {
        self.root = root
        self.skipped = skipped
        self.debounce = debounce
        settledDebounce = debounce / 6
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        if descriptor >= 0 { watchTree(root) }
    }

    /// A watcher of a book's folder, skipping what builds write (the site, the cache), build
    /// products and version control.
    convenience init(book layout: BookLayout) {
        var skipped: Set<String> = [".build", ".git", ".glia-cache", "node_modules"]
        if layout.root.contains(layout.output) { skipped.insert(layout.output.name) }
        self.init(root: layout.root, skipping: skipped)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Blocks until something changed; returns the changed paths, relative to the root, and
    /// when the first change was seen.
    func nextChanges() -> (paths: Set<String>, firstSeen: Date) {
        if descriptor >= 0 {
            var (changed, settled) = read(timeout: -1)
            let firstSeen = Date()
            while true {
                let quiet = settled ? settledDebounce : debounce
                let (more, moreSettled) = read(timeout: Int32((quiet * 1000).rounded(.up)))
                if more.isEmpty { return (changed, firstSeen) }
                changed.formUnion(more)
                settled = settled && moreSettled
            }
        }
        let changed = nextPolledChanges()
        return (changed, Date())
    }

    // MARK: - inotify

    private static let events = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_TO
                                       | IN_MOVED_FROM | IN_DELETE_SELF | IN_ATTRIB)

    private func watchTree(_ folder: AbsolutePath) {
        let watch = inotify_add_watch(descriptor, folder.string, Self.events)
        if watch >= 0 { folders[watch] = folder }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.string)) ?? []
        for name in names where !skipped.contains(name) {
            let child = folder.appending(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: child.string, isDirectory: &isFolder),
               isFolder.boolValue {
                watchTree(child)
            }
        }
    }

    /// Reads the events available within `timeout` ms (-1: wait for the first); `settled`
    /// when every one of them is a finished save of a file.
    private func read(timeout: Int32) -> (paths: Set<String>, settled: Bool) {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, timeout)
        guard ready > 0 else { return ([], true) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return ([], true) }
        var changed: Set<String> = []
        var settled = true
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + length)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + length
            guard let folder = folders[watch], !skipped.contains(name) else { continue }
            let path = name.isEmpty ? folder : folder.appending(name)
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                watchTree(path)
            }
            if let relative = root.relativePath(of: path) { changed.insert(relative) }
            let finished = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO)
            if mask & finished == 0 || mask & UInt32(IN_ISDIR) != 0 { settled = false }
        }
        return (changed, settled)
    }

    // MARK: - polling fallback

    private var lastSnapshot: [String: String]?

    private func nextPolledChanges() -> Set<String> {
        if lastSnapshot == nil { lastSnapshot = snapshot() }
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = snapshot()
            let before = lastSnapshot ?? [:]
            let changed = Set(now.keys).union(before.keys).filter { now[$0] != before[$0] }
            lastSnapshot = now
            if !changed.isEmpty { return changed }
        }
    }

    private func snapshot() -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.string)
        while let relative = enumerator?.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { skipped.contains(String($0)) }) {
                continue
            }
            files[relative] = FileStamp.text(of: root.appending(relative).string)
        }
        return files
    }
}
