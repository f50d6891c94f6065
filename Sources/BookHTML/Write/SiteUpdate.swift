import BookCore
import Foundation

extension SiteWriter {
    /// Brings the output folder up to date file by file, for `glia serve`: only files whose
    /// contents differ are written (and the other files of a folder made afresh, see `renew`),
    /// and files the site no longer has are removed. A save
    /// changes a few files of a site of 1,500, so this takes milliseconds where writing a
    /// fresh folder took 40-60.
    ///
    /// Each file is replaced by a rename (a folder where at least half the files changed, by
    /// swapping in a new folder in one step), so the server hands out the old file or the new
    /// one, never half of one; a Ctrl-C waits for the update to finish. The site as a whole is not
    /// swapped at once, which only matters to a reader fetching in the same milliseconds; the
    /// page is told to reload after the update. A folder glia did not write, or none, gets
    /// the all-or-nothing `write(_:)`.
    ///
    /// - Returns: how many files were written or removed.
    /// - Throws: `SiteWriteError` naming the path and the reason.
    @discardableResult
    public func update(_ site: Site, remembering memory: WrittenSite? = nil) throws -> Int {
        try checkAllowed()
        guard FileSystem.isFile(outputDirectory + "/" + BookLayout.siteMarker) else {
            memory?.forget()
            try write(site)
            return site.files.count + 1
        }
        do {
            return try Interruption.critical {
                try updateFiles(Self.withMarker(site.files), in: outputDirectory, memory: memory)
            }
        } catch let failure as FileSystem.Failure {
            memory?.forget()
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    /// Brings `folder` (the output folder, or the staging folder `stage` wrote) up to date.
    func updateFiles(_ files: [SiteFile], in folder: String, memory: WrittenSite?) throws -> Int {
        var touched = 0
        let paths = try files.map { try Self.place(of: $0, in: folder) }
        let last = memory?.files ?? [:]
        let intact = memory?.takeCheck()
        // Comparing is most of the work (a stat or two per file, reading each page), on every
        // core; writing the few changed files is not. A file this process wrote last time, with
        // the same contents and untouched since (same inode, size and time), is not read again.
        let checked = zip(files, paths).map { ($0, $1) }.concurrentMap { file, path -> (Bool, WrittenSite.File) in
            if let written = last[path], let intact, intact.contains(path), written.contents == file.contents {
                return (true, written)
            }
            // The output file itself (a link put there is not ours); the source it comes from.
            var now = WrittenSite.File(contents: file.contents,
                                       file: FileIdentity(of: path, followingLinks: false),
                                       source: file.sourceIdentity)
            if let written = last[path], written.contents == file.contents, written.file == now.file,
               written.source == now.source {
                return (true, now)
            }
            let same = FileSystem.holds(file.contents, at: path)
            if !same { now.file = nil }  // known once written, below
            return (same, now)
        }
        var remembered = zip(paths, checked.map(\.1)).map { ($0, $1) }
        var changed = files.indices.filter { !checked[$0].0 }
        // Each folder of a changed file is made ready once (a library edit can redraw hundreds
        // of an explorable figure's frames in one folder).
        for directory in Set(changed.map { FileSystem.parentPath(paths[$0]) }).sorted() {
            clearFolders(down: directory, below: folder)
        }
        // A folder where at least half the files changed is made afresh and swapped in (see
        // `renew`); one that cannot be is updated file by file, below.
        var renewed: [String: [Int]] = [:]
        for (directory, members) in foldersToRenew(files, paths: paths, changed: changed, below: folder)
            .sorted(by: { $0.key < $1.key }) {
            guard let identities = renew(directory, with: members.map { (files[$0], paths[$0]) }) else { continue }
            for (index, identity) in zip(members, identities) { remembered[index].1.file = identity }
            renewed[directory] = members
        }
        let inRenewed = { (index: Int) in renewed[FileSystem.parentPath(paths[index])] != nil }
        touched += changed.filter(inRenewed).count
        changed.removeAll(where: inRenewed)
        // The other changed files are written on every core: each goes to a temporary name
        // beside it and is renamed over the old one.
        for directory in Set(changed.map { FileSystem.parentPath(paths[$0]) }).sorted() {
            try FileSystem.makeDirectories(directory)
        }
        let written = changed.concurrentMap { index -> Result<FileIdentity?, Error> in
            Result {
                let path = paths[index]
                if FileSystem.isDirectory(path) { FileSystem.removeTree(path) }
                let temporary = FileSystem.parentPath(path) + "/.glia-update-" + FileSystem.name(of: path)
                FileSystem.removeTree(temporary)
                switch files[index].contents {
                case .bytes(let bytes): try FileSystem.write(bytes, to: temporary)
                case .copy(let source): try FileSystem.linkOrCopy(from: source, to: temporary)
                }
                try FileSystem.rename(temporary, to: path)
                return FileIdentity(of: path, followingLinks: false)
            }
        }
        for (index, identity) in zip(changed, written) {
            remembered[index].1.file = try identity.get()
            touched += 1
        }
        let keep = folder + "/.gitkeep"
        let wanted = Set(paths)
        // The files of the last update that the site no longer has; without a memory of it,
        // every file found in the folder that it does not have.
        let present = last.isEmpty ? FileSystem.filesBelow(folder) : Array(last.keys)
        let stale = present.filter { !wanted.contains($0) && $0 != keep }
        for path in stale { FileSystem.removeTree(path) }
        if !stale.isEmpty { FileSystem.removeEmptyFolders(below: folder) }
        memory?.remember(remembered)
        return touched + stale.count
    }

    /// The folders to make afresh (`renew`), each with the indices of every site file in it:
    /// folders below `root` that hold no folder of the site, where at least
    /// `renewalMinimum` files changed, and at least half of the site's files there; and whose
    /// files can be linked (a source on another file system would be copied whole).
    private func foldersToRenew(_ files: [SiteFile], paths: [String], changed: [Int],
                                below root: String) -> [String: [Int]] {
        let changedIn = Dictionary(grouping: changed) { FileSystem.parentPath(paths[$0]) }
            .filter { $0.key.count > root.count && $0.value.count >= Self.renewalMinimum }
        guard !changedIn.isEmpty else { return [:] }
        var members: [String: [Int]] = [:]
        var holdingFolders = Set<String>()
        for (index, path) in paths.enumerated() {
            let parent = FileSystem.parentPath(path)
            if changedIn[parent] != nil { members[parent, default: []].append(index) }
            var above = FileSystem.parentPath(parent)
            while above.count > root.count {
                if changedIn[above] != nil { holdingFolders.insert(above) }
                above = FileSystem.parentPath(above)
            }
        }
        return members.filter { folder, indices in
            guard !holdingFolders.contains(folder), changedIn[folder, default: []].count * 2 >= indices.count,
                  FileSystem.isDirectory(folder), !FileSystem.isSymbolicLink(folder),
                  let device = FileIdentity(of: folder, followingLinks: false)?.device else { return false }
            return indices.allSatisfy { index in
                guard case .copy(let source) = files[index].contents else { return true }
                return FileIdentity(of: source, followingLinks: true)?.device == device
            }
        }
    }

    /// Fewer changed files than this in a folder are replaced one by one.
    static let renewalMinimum = 32

    /// Makes `folder` afresh: each of its files (`files`, with their paths) is written, most of
    /// them linked, into a new folder beside it, which is then swapped with it in one step, and
    /// the old folder goes to the trash. After a library edit redraws hundreds of an explorable
    /// figure's frames, a link per file saves most of replacing each file (a link, then a
    /// rename over the old file, which unlinks it): chapter 5's 783 figure files were written
    /// in 19 ms instead of 25. A reader of the site sees the old frames or the new ones, never
    /// a mix.
    /// - Returns: each file's identity, in order; nil when the folder could not be made or
    ///   swapped (it is then as it was).
    private func renew(_ folder: String, with files: [(SiteFile, String)]) -> [FileIdentity?]? {
        let beside = FileSystem.parentPath(folder) + "/.glia-renew-" + FileSystem.name(of: folder)
        FileSystem.removeTree(beside)
        let made = (try? FileSystem.makeDirectories(beside)).map {
            files.concurrentMap { file, path -> FileIdentity? in
                let target = beside + "/" + FileSystem.name(of: path)
                switch file.contents {
                case .bytes(let bytes): guard (try? FileSystem.write(bytes, to: target)) != nil else { return nil }
                case .copy(let source): guard (try? FileSystem.linkOrCopy(from: source, to: target)) != nil else { return nil }
                }
                return FileIdentity(of: target, followingLinks: false)
            }
        }
        guard let made, !made.contains(nil), (try? FileSystem.exchange(beside, folder)) != nil else {
            FileSystem.removeTree(beside)
            return nil
        }
        // The old folder is beside now. Its files may be the last links to figures a run
        // replaced: freeing them waits in the trash for the next build.
        if !trash.take(beside) { FileSystem.removeTreeConcurrently(beside) }
        return made
    }

    /// Removes what stands where a folder of `folder`'s path goes now: a file of the old
    /// site, or a symbolic link, which the update would otherwise write through, out of the
    /// site's folder `root`.
    private func clearFolders(down folder: String, below root: String) {
        guard folder.count > root.count else { return }
        clearFolders(down: FileSystem.parentPath(folder), below: root)
        if FileSystem.isSymbolicLink(folder) || (FileSystem.exists(folder) && !FileSystem.isDirectory(folder)) {
            FileSystem.removeTree(folder)
        }
    }
}

/// What the last in-place update wrote, kept by a long-lived process (glia serve) so the next
/// update compares pages in memory instead of reading them back from the output folder.
public final class WrittenSite: @unchecked Sendable {
    struct File {
        var contents: SiteFile.Contents
        /// The output file just after the update.
        var file: FileIdentity?
        /// For a copied file, the file it was copied (linked) from.
        var source: FileIdentity?
    }

    private let lock = NSLock()
    private var remembered: [String: File] = [:]

    public init() {}

    var files: [String: File] {
        lock.lock()
        defer { lock.unlock() }
        return remembered
    }

    func remember(_ files: [(String, File)]) {
        lock.lock()
        defer { lock.unlock() }
        remembered = Dictionary(files, uniquingKeysWith: { _, last in last })
    }

    func forget() { remember([]) }

    /// Whether nothing is remembered: nothing was written, or it was forgotten.
    public var isEmpty: Bool { files.isEmpty }

    private var check: (done: DispatchGroup, intact: LockedValue<Set<String>>)?

    /// Starts finding, on another thread, the remembered files that are still as the last update
    /// left them (the output file, and the file it was copied from), so the update does not stat
    /// them itself: glia serve starts it while it renders. Start it only when nothing more of
    /// the build changes those files: after the chapters ran (a run replaces figures).
    public func startChecking() {
        let remembered = files
        let done = DispatchGroup()
        let intact = LockedValue<Set<String>>([])
        DispatchQueue.global(qos: .userInitiated).async(group: done) {
            intact.set(Set(remembered.filter { path, file in
                FileIdentity(of: path, followingLinks: false) == file.file
                    && file.source == SiteFile(path: path, contents: file.contents).sourceIdentity
            }.keys))
        }
        lock.lock()
        check = (done, intact)
        lock.unlock()
    }

    /// The files the check found intact (waiting for it), or nil when none was started since the
    /// last update.
    func takeCheck() -> Set<String>? {
        lock.lock()
        let taken = check
        check = nil
        lock.unlock()
        guard let taken else { return nil }
        taken.done.wait()
        return taken.intact.get()
    }
}

private extension SiteFile {
    /// For a copied file, the identity of the file it comes from (a figure in the cache is
    /// replaced by a new file at the same path when its chapter runs again).
    var sourceIdentity: FileIdentity? {
        if case .copy(let source) = contents { return FileIdentity(of: source, followingLinks: true) }
        return nil
    }
}
