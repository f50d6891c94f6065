import BookCore
import Foundation

/// Stores each chapter's last successful results (and figure files) under
/// `<book>/.glia-cache/results/<slug>/`, so unchanged chapters are not compiled or run again.
///
/// An entry is trusted only if it decodes, its key matches, the files it read are unchanged,
/// and every figure file is there with the size and contents it was stored with: a damaged
/// entry is rebuilt, never published.
struct ExecutionCache {
    struct Entry: Codable {
        var key: CacheKey
        var result: ChapterResult
        var warnings: [Diagnostic]
        /// Files the chapter read (relative to the book root) and their digests.
        var reads: [String: String]
        /// How long compiling and running the chapter took, for scheduling the next build.
        var seconds: Double?
        /// Each figure file (by name) as stored.
        var files: [String: StoredFile]
    }

    /// A stored file's size, modification time and digest. The digest is recomputed only when
    /// size or time differ, so a no-op build does not hash every figure.
    struct StoredFile: Codable, Equatable {
        var size: Int
        var modified: Double
        var digest: String

        /// Whether the file now has the size and time it was stored with.
        func matches(_ stamp: FileStamp) -> Bool {
            size == stamp.size && modified == stamp.modified
        }
    }

    /// What the cache says about a chapter.
    enum Lookup {
        /// Valid results; `notes` say what changed that needs no run (presentation options).
        case hit(ChapterResult, warnings: [Diagnostic], notes: [String])
        /// `stored` is the entry that no longer fits, when there is one that decodes: the run
        /// that follows takes its figure digests (see `store`) without decoding it again.
        case miss(reasons: [String], stored: Entry? = nil)
    }

    let directory: String
    let bookRoot: String

    func lookup(slug: String, key: CacheKey) -> Lookup {
        let folder = entryFolder(slug)
        let decoded: Entry
        switch Self.decoded.read(folder.appending("entry.json").string) {
        case .missing: return .miss(reasons: ["it has not run before"])
        case .undecodable: return .miss(reasons: ["its cache entry is unreadable"])
        case .decoded(let entry): decoded = entry
        }
        var entry = decoded
        var reasons = entry.key.reasons(comparedWith: key)
        // A chapter that runs anyway is not checked further: after a library edit, looking at
        // every frame of its explorable figures (hundreds of files) would only delay its run.
        guard reasons.isEmpty else { return .miss(reasons: reasons, stored: decoded) }
        for (path, digest) in entry.reads.sorted(by: { $0.key < $1.key })
            where fileDigest(path) != digest {
            reasons.append("the file it reads, \(path), changed")
        }
        let figures = folder.appending("figures")
        entry.result.figureDirectory = figures.string
        let names = entry.result.cells.flatMap(\.figures).flatMap(\.files)
        if let damaged = names.first(where: { !isIntact(figures.appending($0), as: entry.files[$0]) }) {
            reasons.append("its figure file \(damaged) is missing or damaged")
        }
        guard reasons.isEmpty else { return .miss(reasons: reasons, stored: decoded) }
        let restyled = entry.key.presentationChanges(comparedWith: key)
        if !restyled.isEmpty { updateKey(of: entry, to: key, in: folder) }
        return .hit(entry.result, warnings: entry.warnings,
                    notes: restyled.isEmpty ? [] : ["only presentation options changed ("
                                                   + restyled.joined(separator: ", ") + "): re-rendered, not run"])
    }

    /// Records a key that differs only in presentation, so the note is given once.
    private func updateKey(of entry: Entry, to key: CacheKey, in folder: AbsolutePath) {
        var updated = entry
        updated.key = key
        updated.result.figureDirectory = "figures"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let path = folder.appending("entry.json").string
        try? encoder.encode(updated).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Saves a fresh result; its figures folder moves from the work folder into the cache. The
    /// entry is assembled in a folder of its own and renamed into place, so it is never half
    /// written, and two stores of the same chapter cannot mix their files.
    /// - Parameter previous: the chapter's entry before this run (`storedEntry`), whose figure
    ///   digests are taken for the files the run linked from it instead of hashing them again.
    func store(slug: String, key: CacheKey, result: ChapterResult, warnings: [Diagnostic],
               reads: [String], seconds: Double, replacing previous: Entry? = nil) throws -> ChapterResult {
        let manager = FileManager.default
        let folder = entryFolder(slug)
        let unique = UUID().uuidString
        let staging = folder.parent.appending(".\(slug).partial-\(unique)")
        try manager.createDirectory(atPath: folder.parent.string, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: staging.string) }
        let stagedFigures = staging.appending("figures")
        try manager.createDirectory(atPath: staging.string, withIntermediateDirectories: true)
        // The run's figures folder becomes the entry's, with one rename: a chapter can draw
        // hundreds of files (linking them one by one took 20 ms after a library edit), and the
        // work folder's are never written again (each run starts with a fresh folder). If the
        // store fails, the folder goes back, for the result to be published uncached.
        let moved = rename(result.figureDirectory, stagedFigures.string) == 0
        if !moved { try linkFigures(from: result.figureDirectory, into: stagedFigures) }
        do {
            // A figure the runtime linked from its last run is the very file the last entry
            // stored (same size and time): its digest is taken from there, not computed again.
            let before = previous?.files ?? [:]
            let names = Array(Set(result.cells.flatMap(\.figures).flatMap(\.files))).sorted()
            let stamped = names.concurrentMap { name in
                Result { try stamp(stagedFigures.appending(name), knownAs: before[name]) }
            }
            var files: [String: StoredFile] = [:]
            for (name, stamp) in zip(names, stamped) { files[name] = try stamp.get() }
            var stored = result
            stored.figureDirectory = "figures"
            let digests = Dictionary(uniqueKeysWithValues: reads.map { ($0, fileDigest($0) ?? "") })
            let entry = Entry(key: key, result: stored, warnings: warnings, reads: digests,
                              seconds: seconds, files: files)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(entry).write(to: URL(fileURLWithPath: staging.appending("entry.json").string))
            // Swap in: the old entry moves aside (a rename cannot replace a full folder), then goes.
            let retired = folder.parent.appending(".\(slug).old-\(unique)")
            try? manager.moveItem(atPath: folder.string, toPath: retired.string)
            do {
                try manager.moveItem(atPath: staging.string, toPath: folder.string)
            } catch {
                // Another store of this chapter landed in between (two builds, each finishing
                // its run): its entry stays, and the old one goes, or comes back if none did.
                if !manager.fileExists(atPath: folder.string) {
                    try? manager.moveItem(atPath: retired.string, toPath: folder.string)
                }
                discard(retired)
                throw error
            }
            discard(retired)
            Self.decoded.remember(entry, at: folder.appending("entry.json").string)
            stored.figureDirectory = folder.appending("figures").string
            return stored
        } catch {
            if moved { _ = rename(stagedFigures.string, result.figureDirectory) }
            throw error
        }
    }

    /// Removes an entry moved aside, if it is still there. It may hold the last links to
    /// figures a run replaced (hundreds of an explorable figure's frames): freeing them waits
    /// in the trash for the next build.
    private func discard(_ retired: AbsolutePath) {
        let manager = FileManager.default
        if manager.fileExists(atPath: retired.string) && !Trash(cacheDirectory: directory).take(retired.string) {
            try? manager.removeItem(atPath: retired.string)
        }
    }

    /// Links (or copies) every file of `folder` into `staged`.
    private func linkFigures(from folder: String, into staged: AbsolutePath) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: staged.string, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: folder) {
            let from = AbsolutePath(folder).appending(name).string
            let to = staged.appending(name).string
            do {
                try manager.linkItem(atPath: from, toPath: to)
            } catch {
                try manager.copyItem(atPath: from, toPath: to)
            }
        }
    }

    /// The key and duration of the chapter's stored entry: enough to tell, before anything
    /// runs, which chapters must run and which run longest.
    func summary(slug: String) -> (key: CacheKey, seconds: Double?)? {
        storedEntry(slug).map { ($0.key, $0.seconds) }
    }

    /// The chapter's last stored results, whatever their key, with their figure folder in
    /// place as `lookup` gives it, if its entry decodes.
    func lastResult(_ slug: String) -> ChapterResult? {
        guard var result = storedEntry(slug)?.result else { return nil }
        result.figureDirectory = entryFolder(slug).appending("figures").string
        return result
    }

    /// The chapter's last stored entry, whatever its key (its figures may be gone), if it
    /// decodes.
    func storedEntry(_ slug: String) -> Entry? {
        Self.decoded.value(at: entryFolder(slug).appending("entry.json").string)
    }

    func workFolder(_ slug: String) -> String {
        AbsolutePath(directory).appending("work/\(slug)").string
    }

    private func entryFolder(_ slug: String) -> AbsolutePath {
        AbsolutePath(directory).appending("results/\(slug)")
    }

    /// The file's size, time and digest; the digest of `known` when size and time match it.
    private func stamp(_ path: AbsolutePath, knownAs known: StoredFile? = nil) throws -> StoredFile {
        let unreadable = CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path.string])
        guard let now = FileStamp(of: path.string) else { throw unreadable }
        if let known, known.matches(now) { return known }
        guard let digest = SHA256.ofFile(atPath: path.string) else { throw unreadable }
        return StoredFile(size: now.size, modified: now.modified, digest: digest)
    }

    private func isIntact(_ path: AbsolutePath, as stored: StoredFile?) -> Bool {
        guard let stored, let now = FileStamp(of: path.string), now.size == stored.size else { return false }
        if stored.matches(now) { return true }
        return SHA256.ofFile(atPath: path.string) == stored.digest
    }

    private func fileDigest(_ path: String) -> String? {
        let resolved = AbsolutePath(path, relativeTo: AbsolutePath(bookRoot))
        return SHA256.ofFile(atPath: resolved.string)
    }

    /// Entries decoded in this process, so one is decoded once: a build asks for an entry
    /// before it starts any chapter (which must run?) and again to reuse it, and glia serve
    /// asks for every entry on every save. A store remembers what it wrote.
    private static let decoded = DecodedFiles { try? JSONDecoder().decode(Entry.self, from: $0) }
}
