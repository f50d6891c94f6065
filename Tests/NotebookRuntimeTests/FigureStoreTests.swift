import Figures
import Foundation
import XCTest
@testable import NotebookRuntime

/// A figure's digest follows everything it draws, and the store hands back only what it kept.
final class FigureStoreTests: XCTestCase {
    private func figure(_ y: [Double] = [0, 1, 4], title: String = "squares") -> Figure {
        var axes = Axes(title: title, xLabel: "x", yLabel: "y")
        axes.line(x: [0, 1, 2], y: y)
        return Figure(width: 400, height: 300, panels: [axes])
    }

    func testTheDigestChangesWithAnyNumberOrWordOfTheFigureAndWithTheStamp() {
        let store = FigureStore(folder: "/nowhere", stamp: "runtime 1")
        let digest = store.digest(of: figure())
        XCTAssertEqual(digest.count, 32)
        XCTAssertEqual(store.digest(of: figure()), digest)
        XCTAssertNotEqual(store.digest(of: figure([0, 1, 4.000001])), digest)
        XCTAssertNotEqual(store.digest(of: figure(title: "Squares")), digest)
        var wider = figure()
        wider.width += 1
        XCTAssertNotEqual(store.digest(of: wider), digest)
        XCTAssertNotEqual(FigureStore(folder: "/nowhere", stamp: "runtime 2").digest(of: figure()), digest)
    }

    func testKeptFilesAreReusedUnusedOnesRemovedAndChangedOnesDrawnAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glia-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/store", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A run that draws one file, beside a file left from an older run.
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/store/old.png"))
        let first = FigureStore(folder: folder + "/store", stamp: "s")
        XCTAssertFalse(first.reuse("abc.png", at: folder + "/a.png"))
        try Data("pixels".utf8).write(to: URL(fileURLWithPath: folder + "/a.png"))
        first.keep(folder + "/a.png", as: "abc.png")
        first.removeUnused()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/store").sorted(),
                       ["abc.png", FigureStore.manifest])

        let second = FigureStore(folder: folder + "/store", stamp: "s")
        XCTAssertTrue(second.reuse("abc.png", at: folder + "/b.png"))
        XCTAssertEqual(FileManager.default.contents(atPath: folder + "/b.png"), Data("pixels".utf8))
        second.removeUnused()

        // The same file changed in place through another of its links (as in `output/`).
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/b.png"))
        try handle.write(contentsOf: Data("PIXELS, edited".utf8))
        try handle.close()
        let third = FigureStore(folder: folder + "/store", stamp: "s")
        XCTAssertFalse(third.reuse("abc.png", at: folder + "/c.png"), "a changed file is not reused")
    }
}
