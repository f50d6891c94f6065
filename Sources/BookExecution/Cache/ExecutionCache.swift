import BookCore
import Foundation

/// Stores each chapter's last successful results (and figure files) under
/// `<book>/.glia-cache/<slug>/`, so unchanged chapters are not compiled or run again.
struct ExecutionCache {
    struct Entry: Codable {
        var key: CacheKey
        var result: ChapterResult
        var warnings: [Diagnostic]
        /// Files the chapter read (relative to the book root) and their digests.
        var reads: [String: String]
        /// How long compiling and running the chapter took, for scheduling the next build.
        var seconds: Double?
    }

    /// What the cache says about a chapter.
    enum Lookup {
        case hit(ChapterResult, warnings: [Diagnostic])
        case miss(reasons: [String])
    }

    let directory: String
    let bookRoot: String

    func lookup(slug: String, key: CacheKey) -> Lookup {
        let folder = entryFolder(slug)
        let entryPath = (folder as NSString).appendingPathComponent("entry.json")
        guard let data = FileManager.default.contents(atPath: entryPath) else {
            return .miss(reasons: ["it has not run before"])
        }
        guard var entry = try? JSONDecoder().decode(Entry.self, from: data) else {
            return .miss(reasons: ["its cache entry is unreadable"])
        }
        var reasons = entry.key.reasons(comparedWith: key)
        for (path, digest) in entry.reads.sorted(by: { $0.key < $1.key })
            where fileDigest(path) != digest {
            reasons.append("the file it reads, \(path), changed")
        }
        entry.result.figureDirectory = (folder as NSString).appendingPathComponent("figures")
        let figuresPresent = entry.result.cells.flatMap(\.figures).allSatisfy { figure in
            figure.files.allSatisfy {
                FileManager.default.fileExists(atPath: (entry.result.figureDirectory as NSString)
                    .appendingPathComponent($0))
            }
        }
        if !figuresPresent { reasons.append("figure files are missing from its cache entry") }
        return reasons.isEmpty ? .hit(entry.result, warnings: entry.warnings) : .miss(reasons: reasons)
    }

    /// Saves a fresh result; its figures move from the work folder into the cache. The entry is
    /// assembled in a temporary folder and renamed into place, so it is never half written.
    func store(slug: String, key: CacheKey, result: ChapterResult, warnings: [Diagnostic],
               reads: [String], seconds: Double) throws -> ChapterResult {
        let manager = FileManager.default
        let folder = entryFolder(slug)
        let staging = folder + ".partial"
        try? manager.removeItem(atPath: staging)
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let stagedFigures = (staging as NSString).appendingPathComponent("figures")
        try manager.copyItem(atPath: result.figureDirectory, toPath: stagedFigures)
        var stored = result
        stored.figureDirectory = "figures"
        let digests = Dictionary(uniqueKeysWithValues: reads.map { ($0, fileDigest($0) ?? "") })
        let entry = Entry(key: key, result: stored, warnings: warnings, reads: digests,
                          seconds: seconds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(entry).write(to: URL(fileURLWithPath: (staging as NSString)
            .appendingPathComponent("entry.json")))
        try? manager.removeItem(atPath: folder)
        try manager.moveItem(atPath: staging, toPath: folder)
        stored.figureDirectory = (folder as NSString).appendingPathComponent("figures")
        return stored
    }

    /// How long the chapter's last stored run took, if it has one.
    func lastRunSeconds(slug: String) -> Double? {
        let entryPath = (entryFolder(slug) as NSString).appendingPathComponent("entry.json")
        guard let data = FileManager.default.contents(atPath: entryPath) else { return nil }
        return (try? JSONDecoder().decode(Entry.self, from: data))?.seconds
    }

    func workFolder(_ slug: String) -> String {
        (directory as NSString).appendingPathComponent("work/\(slug)")
    }

    private func entryFolder(_ slug: String) -> String {
        (directory as NSString).appendingPathComponent("results/\(slug)")
    }

    private func fileDigest(_ relativePath: String) -> String? {
        let path = (bookRoot as NSString).appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var hasher = SHA256()
        hasher.update(data)
        return hasher.finalize()
    }
}
