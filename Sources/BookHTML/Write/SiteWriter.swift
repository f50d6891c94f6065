import BookCore
import Foundation

/// Writes a rendered site into its output folder, all or nothing.
///
/// It replaces only a folder `BookLayout` allows (never the book, the chapters or the cache,
/// never a folder glia did not write), marks every site it writes with `BookLayout.siteMarker`,
/// and writes through a symbolic link: a linked deploy folder is replaced at its real place.
public struct SiteWriter: Sendable {
    let layout: BookLayout
    /// The folder really replaced (the output folder with links resolved).
    let outputDirectory: String

    public init(layout: BookLayout) {
        self.layout = layout
        outputDirectory = layout.resolvedOutput.string
    }

    /// Checks, before any work is done, that the output folder may and can be written: glia
    /// may replace it, its parent can be created and written, and nothing that is not a
    /// folder stands in its place. Touches nothing another build may be using.
    ///
    /// - Throws: `SiteWriteError` naming the path and the reason.
    public func checkWritable() throws {
        try checkAllowed()
        let probe = stagingPaths().parent + "/.\(outputName).glia-probe-\(getpid())"
        do {
            try prepareParent()
            try FileSystem.makeDirectories(probe)
            FileSystem.removeTree(probe)
        } catch let failure as FileSystem.Failure {
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    func checkAllowed() throws {
        if let problem = layout.outputFolderProblem() {
            throw SiteWriteError(refusal: problem.message)
        }
    }

    var outputName: String {
        String(outputDirectory.split(separator: "/").last ?? "output")
    }

    private func stagingPaths() -> (parent: String, staging: String, retired: String) {
        let parent = FileSystem.parentPath(outputDirectory)
        return (parent, parent + "/." + outputName + ".glia-new",
                parent + "/." + outputName + ".glia-old")
    }

    private func prepareParent() throws {
        if FileSystem.exists(outputDirectory) && !FileSystem.isDirectory(outputDirectory) {
            throw FileSystem.Failure(problem: "'\(outputDirectory)' exists and is not a folder",
                                     reason: "remove it or choose another output folder")
        }
        try FileSystem.makeDirectories(stagingPaths().parent)
    }

    /// Puts things right after a write that was stopped half way (glia killed, power lost):
    /// a site moved aside but not replaced goes back, leftover staging folders go; and starts
    /// emptying the trash of sites replaced before.
    public func recoverInterruptedWrite() {
        let (_, staging, retired) = stagingPaths()
        Interruption.critical {
            FileSystem.removeTree(staging)
            if !FileSystem.exists(outputDirectory) && FileSystem.isDirectory(retired) {
                try? FileSystem.rename(retired, to: outputDirectory)
            }
            FileSystem.removeTree(retired)
        }
        emptyTrash()
    }

    /// Writes all files into a fresh sibling folder, then swaps it into place (rename), so a
    /// failed build never leaves a half-written output folder and the previous good site
    /// survives any error. Keeps a `.gitkeep` that was in the old folder.
    ///
    /// An output folder that already holds the site, and nothing else, is left as it is (a
    /// no-op build): writing and swapping a folder of 1,500 files took it 17 ms, and deleting
    /// the one it replaced as much again.
    ///
    /// - Parameter staged: what `stage` wrote into that folder ahead of time, if it did: only
    ///   the files that differ from it are written.
    /// - Returns: how many files it wrote or removed (with `staged`, fewer than the site has;
    ///   0 when the folder held the site already).
    /// - Throws: `SiteWriteError` naming the path and the reason.
    @discardableResult
    public func write(_ site: Site, staged: WrittenSite? = nil) throws -> Int {
        try checkAllowed()
        let files = Self.withMarker(site.files)
        let wroteAhead = !(staged?.isEmpty ?? true)
        let (_, staging, retired) = stagingPaths()
        if !wroteAhead, holdsAlready(files) {
            FileSystem.removeTree(staging)
            FileSystem.removeTree(retired)
            return 0
        }
        let cleanup = Interruption.addCleanup { [self] in recoverInterruptedWrite() }
        defer { Interruption.removeCleanup(cleanup) }
        do {
            try prepareParent()
            FileSystem.removeTree(retired)
            var written = files.count
            do {
                if let staged, wroteAhead, FileSystem.isFile(staging + "/" + BookLayout.siteMarker) {
                    written = try updateFiles(files, in: staging, memory: staged)
                } else {
                    FileSystem.removeTree(staging)
                    try FileSystem.makeDirectories(staging)
                    try fill(staging, with: files)
                }
            } catch {
                FileSystem.removeTree(staging)
                throw error
            }
            Interruption.pausePoint("swap")
            try Interruption.critical { try swap(staging, retired: retired) }
            return written
        } catch let failure as FileSystem.Failure {
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    /// Whether the output folder holds exactly `files`: no other file (but a `.gitkeep`) and
    /// no other folder, every folder readable, then each file with its contents (a page's
    /// bytes, a figure linked from its source or with its bytes). Pages are compared before
    /// figures, one by one, so that a prose edit is found at its page before the figures are
    /// looked at. File modes are not compared.
    private func holdsAlready(_ files: [SiteFile]) -> Bool {
        guard FileSystem.isFile(outputDirectory + "/" + BookLayout.siteMarker),
              let paths = try? files.map({ try Self.place(of: $0, in: outputDirectory) }),
              let present = FileSystem.entriesBelow(outputDirectory) else { return false }
        let keep = outputDirectory + "/.gitkeep"
        let wanted = Set(paths)
        // Every folder a file of the site is in, up to the output folder.
        var wantedFolders = Set<String>()
        for path in paths {
            var folder = FileSystem.parentPath(path)
            while folder.count > outputDirectory.count, wantedFolders.insert(folder).inserted {
                folder = FileSystem.parentPath(folder)
            }
        }
        guard present.files.allSatisfy({ wanted.contains($0) || ($0 == keep && FileSystem.isFile(keep)) }),
              present.folders.allSatisfy(wantedFolders.contains) else { return false }
        let placed = Array(zip(files, paths))
        for (file, path) in placed where !file.isCopy {
            if !FileSystem.holds(file.contents, at: path) { return false }
        }
        return !placed.filter(\.0.isCopy).concurrentMap({ FileSystem.holds($0.contents, at: $1) }).contains(false)
    }

    /// Writes `site` into the folder `write` swaps into place, ahead of time: glia build
    /// writes the pages that will not change while chapters run (see `RenderAhead`), and
    /// `write(_:staged:)` then writes only what differs. `memory` keeps what was written; it is
    /// emptied when writing fails, and `write` then writes every file.
    public func stage(_ site: Site, remembering memory: WrittenSite) {
        memory.forget()
        // Nothing is touched beside an output folder glia may not replace.
        guard (try? checkAllowed()) != nil else { return }
        let staging = stagingPaths().staging
        do {
            try prepareParent()
            FileSystem.removeTree(staging)
            try FileSystem.makeDirectories(staging)
            _ = try updateFiles(Self.withMarker(site.files), in: staging, memory: memory)
            if !site.files.contains(where: { $0.path == ".gitkeep" }) { try keepGitkeep(in: staging) }
        } catch {
            memory.forget()
            FileSystem.removeTree(staging)
        }
    }

    /// Removes what `stage` wrote, when the build fails after it.
    public func discardStaged() {
        FileSystem.removeTree(stagingPaths().staging)
    }

    /// The site's files and the marker that says glia wrote the folder.
    static func withMarker(_ files: [SiteFile]) -> [SiteFile] {
        files + [SiteFile(path: BookLayout.siteMarker,
                          text: "A site written by glia, which replaces this folder on every build.\n")]
    }

    /// `file`'s path inside `folder`; throws for a path that could leave it.
    static func place(of file: SiteFile, in folder: String) throws -> String {
        let parts = file.path.split(separator: "/")
        guard !file.path.hasPrefix("/"), !parts.isEmpty,
              !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw FileSystem.Failure(problem: "bad file path '\(file.path)'",
                                     reason: "site paths must be relative, without '..'")
        }
        return folder + "/" + parts.joined(separator: "/")
    }

    private func fill(_ folder: String, with files: [SiteFile]) throws {
        var made: Set<String> = [folder]
        let paths = try files.map { try Self.place(of: $0, in: folder) }
        for path in paths {
            let directory = FileSystem.parentPath(path)
            if !made.contains(directory) {
                try FileSystem.makeDirectories(directory)
                made.insert(directory)
            }
        }
        // 1,500 files, each its own system calls: written on every core.
        let failures = zip(files, paths).map { ($0, $1) }.concurrentMap { file, path -> FileSystem.Failure? in
            do {
                switch file.contents {
                case .bytes(let bytes): try FileSystem.write(bytes, to: path)
                case .copy(let source): try FileSystem.linkOrCopy(from: source, to: path)
                }
                return nil
            } catch let failure as FileSystem.Failure {
                return failure
            } catch {
                return FileSystem.Failure(problem: "could not write '\(path)'", reason: "\(error)")
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        if !files.contains(where: { $0.path == ".gitkeep" }) { try keepGitkeep(in: folder) }
    }

    /// Copies the output folder's `.gitkeep` (a site never has one) into `folder`.
    private func keepGitkeep(in folder: String) throws {
        let keep = outputDirectory + "/.gitkeep"
        if FileSystem.isFile(keep) { try FileSystem.copy(from: keep, to: folder + "/.gitkeep") }
    }

    /// Moves the old site aside, the new one in, then deletes the old one. If the second
    /// rename fails, the old site is put back.
    private func swap(_ staging: String, retired: String) throws {
        guard FileSystem.exists(outputDirectory) else {
            try FileSystem.rename(staging, to: outputDirectory)
            return
        }
        do {
            try FileSystem.rename(outputDirectory, to: retired)
        } catch {
            FileSystem.removeTree(staging)
            throw error
        }
        do {
            try FileSystem.rename(staging, to: outputDirectory)
        } catch {
            try? FileSystem.rename(retired, to: outputDirectory)
            FileSystem.removeTree(staging)
            throw error
        }
        // The old site holds the last links to figures a run replaced, and freeing their blocks
        // was most of a write after a library edit: it goes into the cache's trash (a rename),
        // which the next build empties while it works. Elsewhere (another file system), now.
        if !trash.take(retired) { FileSystem.removeTreeConcurrently(retired) }
    }

    var trash: Trash { Trash(cacheDirectory: layout.cache.string) }

    /// Starts deleting what the trash holds (replaced sites and cache entries) on both cores,
    /// on another thread: each build does, under the build lock.
    func emptyTrash() {
        trash.empty(using: FileSystem.removeTreeConcurrently)
    }
}

private extension SiteFile {
    var isCopy: Bool {
        if case .copy = contents { return true }
        return false
    }
}
