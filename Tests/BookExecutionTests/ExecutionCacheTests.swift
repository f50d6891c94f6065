import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// The cache reuses an entry only when it is whole and current: corrupt, partial, stale or
/// damaged entries are misses with a reason, and concurrent stores never mix.
final class ExecutionCacheTests: XCTestCase {
    private var root = ""
    private var cache: ExecutionCache!
    private let toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                      runtimeFingerprint: "abc")

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/work/figures", withIntermediateDirectories: true)
        cache = ExecutionCache(directory: root + "/.glia-cache", bookRoot: root)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func chapter(_ code: String = "print(1)") -> Chapter {
        let cell = Cell(index: 0, options: CellOptions(), code: code, source: code,
                        fence: SourceLocation(file: "chapters/a.md", line: 5), firstLine: 6)
        return Chapter(path: "chapters/a.md", slug: "a", number: 1, title: "A", blocks: [],
                       cells: [cell], inlineExpressions: [])
    }

    /// A result with one figure whose files are in the work folder (made anew, as each run's is:
    /// a store takes the folder).
    private func result(_ pixels: String = "png") throws -> ChapterResult {
        let figure = FigureOutput(name: "f", caption: nil, alt: "alt", width: 1, height: 1,
                                  svg: "f.svg", png: "f.png", png2x: "f@2x.png")
        try FileManager.default.createDirectory(atPath: root + "/work/figures", withIntermediateDirectories: true)
        for file in figure.files {
            try Data("\(pixels) \(file)".utf8).write(to: URL(fileURLWithPath: root + "/work/figures/" + file))
        }
        return ChapterResult(cells: [CellResult(output: "1\n", figures: [figure])], inlineValues: [],
                             figureDirectory: root + "/work/figures")
    }

    @discardableResult
    private func store(_ chapter: Chapter, _ result: ChapterResult) throws -> ChapterResult {
        try cache.store(slug: chapter.slug, key: CacheKey(chapter: chapter, toolchain: toolchain),
                        result: result, warnings: [], reads: [], seconds: 1)
    }

    private func lookup(_ chapter: Chapter) -> ExecutionCache.Lookup {
        cache.lookup(slug: chapter.slug, key: CacheKey(chapter: chapter, toolchain: toolchain))
    }

    private func reasons(_ lookup: ExecutionCache.Lookup) -> [String]? {
        if case .miss(let reasons, _) = lookup { return reasons }
        return nil
    }

    private var entryFolder: String { root + "/.glia-cache/results/a" }

    func testAStoredEntryIsReusedWithItsFigures() throws {
        let stored = try store(chapter(), try result())
        guard case .hit(let hit, _, _) = lookup(chapter()) else { return XCTFail("expected a hit") }
        XCTAssertEqual(hit, stored)
        XCTAssertEqual(try String(contentsOfFile: hit.figureDirectory + "/f.png", encoding: .utf8), "png f.png")
    }

    func testAChangedCellIsAMissThatSaysWhich() throws {
        try store(chapter(), try result())
        XCTAssertEqual(reasons(lookup(chapter("print(2)"))), ["cell 1 (line 5) changed"])
    }

    func testACorruptEntryIsAMiss() throws {
        try store(chapter(), try result())
        try Data("{\"key\": tru".utf8).write(to: URL(fileURLWithPath: entryFolder + "/entry.json"))
        XCTAssertEqual(reasons(lookup(chapter())), ["its cache entry is unreadable"])
    }

    /// An entry is decoded once per process and remembered with the identity of its file: one
    /// that another build replaced is read again, even at the same size and time.
    func testAnEntryReplacedByAnotherBuildIsReadAgainAtTheSameSizeAndTime() throws {
        let path = entryFolder + "/entry.json"
        try store(chapter(), try result())
        guard case .hit = lookup(chapter()) else { return XCTFail("expected a hit") }
        // Another build's entry, for the cell as "print(2)": the same text but for the cell's
        // digest, so the same size; renamed into place and stamped with the same time.
        let digest = { (code: String) in
            try XCTUnwrap(CacheKey(chapter: self.chapter(code), toolchain: self.toolchain).parts["cell 1"])
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(try digest("print(1)")))
        let other = text.replacingOccurrences(of: try digest("print(1)"), with: try digest("print(2)"))
        var before = stat()
        XCTAssertEqual(stat(path, &before), 0)
        try Data(other.utf8).write(to: URL(fileURLWithPath: path + ".new"))
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path + ".new", &times, 0), 0)
        XCTAssertEqual(rename(path + ".new", path), 0)
        var after = stat()
        XCTAssertEqual(stat(path, &after), 0)
        XCTAssertEqual(after.st_size, before.st_size)
        XCTAssertEqual(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec)
        XCTAssertEqual(reasons(lookup(chapter())), ["cell 1 (line 5) changed"])
    }

    /// A store replaces the entry; the old one (the last links to the figures the run
    /// replaced) waits in the cache's trash, for the next build to delete off its path.
    func testTheReplacedEntryGoesToTheTrash() throws {
        try store(chapter(), try result("first"))
        try store(chapter(), try result("second"))
        let trash = root + "/.glia-cache/trash"
        let retired = try FileManager.default.contentsOfDirectory(atPath: trash)
        XCTAssertEqual(retired.count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: trash + "/" + (retired.first ?? "") + "/entry.json"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/.glia-cache/results"), ["a"])
        guard case .hit(let hit, _, _) = lookup(chapter()) else { return XCTFail("expected a hit") }
        XCTAssertEqual(try String(contentsOfFile: hit.figureDirectory + "/f.png", encoding: .utf8), "second f.png")
    }

    /// The run's figures folder becomes the entry's with one rename; a store that fails gives
    /// it back, so the run's results can still be published.
    func testAStoreTakesTheRunsFiguresFolderAndGivesItBackWhenItFails() throws {
        let made = try result()
        let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        let drawn = try inode(made.figureDirectory + "/f.png")
        let stored = try store(chapter(), made)
        XCTAssertEqual(try inode(stored.figureDirectory + "/f.png"), drawn)
        XCTAssertFalse(FileManager.default.fileExists(atPath: made.figureDirectory))

        var missingFile = try result()
        missingFile.cells[0].figures[0].svg = "never-drawn.svg"
        XCTAssertThrowsError(try store(chapter("print(2)"), missingFile))
        XCTAssertEqual(try String(contentsOfFile: missingFile.figureDirectory + "/f.png", encoding: .utf8), "png f.png")
        guard case .hit = lookup(chapter()) else { return XCTFail("the last entry stays") }
    }

    func testAPartialEntryLeftByACrashIsIgnoredAndReplaced() throws {
        // A store that died before its rename leaves a staging folder and no entry.
        let partial = root + "/.glia-cache/results/.a.partial-1234"
        try FileManager.default.createDirectory(atPath: partial + "/figures", withIntermediateDirectories: true)
        XCTAssertEqual(reasons(lookup(chapter())), ["it has not run before"])
        try store(chapter(), try result())
        guard case .hit = lookup(chapter()) else { return XCTFail("expected a hit") }
    }

    func testTruncatedOrAlteredFiguresAreNotPublished() throws {
        try store(chapter(), try result())
        let png = entryFolder + "/figures/f.png"
        try Data("pn".utf8).write(to: URL(fileURLWithPath: png))
        XCTAssertEqual(reasons(lookup(chapter())), ["its figure file f.png is missing or damaged"])

        try store(chapter(), try result())
        // Same size, other bytes, other time: the digest tells.
        try Data("PNG f.png".utf8).write(to: URL(fileURLWithPath: png))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: png)
        XCTAssertEqual(reasons(lookup(chapter())), ["its figure file f.png is missing or damaged"])

        try store(chapter(), try result())
        try FileManager.default.removeItem(atPath: entryFolder + "/figures/f@2x.png")
        XCTAssertEqual(reasons(lookup(chapter())), ["its figure file f@2x.png is missing or damaged"])
        // A chapter that runs anyway is not looked at further: only why it runs is said.
        XCTAssertEqual(reasons(lookup(chapter("print(2)"))), ["cell 1 (line 5) changed"])

        try store(chapter(), try result())
        // The same bytes at another time (a copied cache): the digest says they are intact.
        try Data("png f.png".utf8).write(to: URL(fileURLWithPath: png))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: png)
        guard case .hit = lookup(chapter()) else { return XCTFail("an intact copy is reused") }
    }

    func testConcurrentStoresOfOneChapterLeaveOneWholeEntry() throws {
        let results = try (0..<6).map { index -> ChapterResult in
            let folder = root + "/work\(index)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var made = try result("run\(index)")
            try FileManager.default.copyItem(atPath: made.figureDirectory, toPath: folder + "/figures")
            made.figureDirectory = folder + "/figures"
            return made
        }
        let failures = LockedBuffer()
        let (cache, chapter, key) = (cache!, chapter(), CacheKey(chapter: chapter(), toolchain: toolchain))
        DispatchQueue.concurrentPerform(iterations: results.count) { index in
            do {
                _ = try cache.store(slug: chapter.slug, key: key, result: results[index],
                                    warnings: [], reads: [], seconds: 1)
            } catch {
                failures.append([1])
            }
        }
        XCTAssertLessThan(failures.bytes.count, results.count, "at least one store lands")
        guard case .hit(let hit, _, _) = lookup(chapter) else { return XCTFail("expected a hit") }
        let png = try String(contentsOfFile: hit.figureDirectory + "/f.png", encoding: .utf8)
        let svg = try String(contentsOfFile: hit.figureDirectory + "/f.svg", encoding: .utf8)
        XCTAssertEqual(png.split(separator: " ").first, svg.split(separator: " ").first,
                       "figures come from one run")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/.glia-cache/results")
        XCTAssertEqual(leftovers, ["a"], "no staging or retired folders are left")
    }
}
