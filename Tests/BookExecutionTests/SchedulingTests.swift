import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// Chapters that must run start first, the slowest first, by the durations their cache entries
/// recorded; chapters expected to be reused follow in book order.
final class SchedulingTests: XCTestCase {
    private func chapter(_ slug: String, number: Int, code: String = "print(1)") -> Chapter {
        let cell = Cell(index: 0, options: CellOptions(), code: code, source: code,
                        fence: SourceLocation(file: "chapters/\(slug).md", line: 3), firstLine: 4)
        return Chapter(path: "chapters/\(slug).md", slug: slug, number: number, title: slug, blocks: [],
                       cells: [cell], inlineExpressions: [])
    }

    func testChaptersToRunStartFirstSlowestFirstAndReusedOnesFollowInBookOrder() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-schedule-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cacheDirectory = root + "/.glia-cache"
        let toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: root)
        let chapters = [chapter("01-fast", number: 1), chapter("02-slow", number: 2),
                        chapter("03-new", number: 3), chapter("04-middle", number: 4),
                        chapter("05-edited", number: 5)]
        let stored = [(chapters[0], 1.0), (chapters[1], 6.0), (chapters[3], 3.0),
                      (chapter("05-edited", number: 5, code: "print(2)"), 0.5)]
        for (chapter, seconds) in stored {
            // Each run's figures folder of its own, as a store takes it.
            let figures = root + "/figures-\(chapter.slug)"
            try FileManager.default.createDirectory(atPath: figures, withIntermediateDirectories: true)
            _ = try cache.store(slug: chapter.slug,
                                key: CacheKey(chapter: chapter, toolchain: toolchain),
                                result: ChapterResult(cells: [], inlineValues: [],
                                                      figureDirectory: figures),
                                warnings: [], reads: [], seconds: seconds)
        }
        let keys = Dictionary(uniqueKeysWithValues: chapters.map {
            ($0.slug, CacheKey(chapter: $0, toolchain: toolchain))
        })
        var executor = BookExecutor(toolchain: toolchain, bookRoot: root,
                                    cacheDirectory: cacheDirectory, jobs: 2)
        XCTAssertEqual(executor.startOrder(chapters, keys: keys).map(\.slug),
                       ["03-new", "05-edited", "01-fast", "02-slow", "04-middle"])
        executor.force = true
        XCTAssertEqual(executor.startOrder(chapters, keys: keys).map(\.slug),
                       ["03-new", "02-slow", "04-middle", "01-fast", "05-edited"])
        let serial = BookExecutor(toolchain: toolchain, bookRoot: root,
                                  cacheDirectory: cacheDirectory, jobs: 1)
        XCTAssertEqual(serial.startOrder(chapters, keys: keys).map(\.slug), chapters.map(\.slug),
                       "one job runs in book order")
    }
}
