import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// Chapters start slowest first, by the durations their cache entries recorded.
final class SchedulingTests: XCTestCase {
    private func chapter(_ slug: String, number: Int) -> Chapter {
        Chapter(path: "chapters/\(slug).md", slug: slug, number: number, title: slug, blocks: [],
                cells: [], inlineExpressions: [])
    }

    func testSlowestChaptersStartFirstAndNewOnesBeforeThem() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-schedule-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cacheDirectory = root + "/.glia-cache"
        let figures = root + "/figures"
        try FileManager.default.createDirectory(atPath: figures, withIntermediateDirectories: true)
        let toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: root)
        let chapters = [chapter("01-fast", number: 1), chapter("02-slow", number: 2),
                        chapter("03-new", number: 3), chapter("04-middle", number: 4)]
        for (chapter, seconds) in [(chapters[0], 1.0), (chapters[1], 6.0), (chapters[3], 3.0)] {
            _ = try cache.store(slug: chapter.slug,
                                key: CacheKey(chapter: chapter, toolchain: toolchain),
                                result: ChapterResult(cells: [], inlineValues: [],
                                                      figureDirectory: figures),
                                warnings: [], reads: [], seconds: seconds)
        }
        let executor = BookExecutor(toolchain: toolchain, bookRoot: root,
                                    cacheDirectory: cacheDirectory, jobs: 2)
        XCTAssertEqual(executor.longestFirst(chapters).map(\.slug),
                       ["03-new", "02-slow", "04-middle", "01-fast"])
        let serial = BookExecutor(toolchain: toolchain, bookRoot: root,
                                  cacheDirectory: cacheDirectory, jobs: 1)
        XCTAssertEqual(serial.longestFirst(chapters).map(\.slug), chapters.map(\.slug),
                       "one job runs in book order")
    }
}
