import Foundation
import XCTest
@testable import BookHTML
import BookCore

/// An update where most files of one folder changed (a library edit redraws hundreds of an
/// explorable figure's frames) makes that folder afresh and swaps it in whole.
final class FolderRenewalTests: XCTestCase {
    private var root = ""
    private var output: String { root + "/output" }
    private var trash: String { root + "/book/.glia-cache/trash" }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-renewal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/book", withIntermediateDirectories: true)
        for name in ["old", "new"] {
            try Data("png \(name)".utf8).write(to: URL(fileURLWithPath: root + "/\(name).png"))
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private var writer: SiteWriter { SiteWriter(layout: BookLayout(root: root + "/book", output: output)) }

    private let frameCount = SiteWriter.renewalMinimum * 2

    /// A page, the frames of one figure in `figures/05-relu` (those before `redrawn` linked from
    /// new.png, the others from old.png) and one figure of another chapter.
    private func site(redrawn: Int, frames: Int? = nil, extra: [SiteFile] = []) -> Site {
        var files = [SiteFile(path: "05-relu.html", text: "<p>relu</p>"),
                     SiteFile(path: "figures/01-neuron/x.png", contents: .copy(from: root + "/old.png"))]
        for index in 0..<(frames ?? frameCount) {
            files.append(SiteFile(path: "figures/05-relu/f.\(index).png",
                                  contents: .copy(from: root + (index < redrawn ? "/new.png" : "/old.png"))))
        }
        return Site(files: files + extra)
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func inode(_ path: String) -> UInt64? {
        FileIdentity(of: output + "/" + path, followingLinks: false)?.inode
    }

    private func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    func testAFolderMostlyRedrawnIsSwappedInWholeAndTheOldOneTrashed() throws {
        try writer.write(site(redrawn: 0))
        try Data("left by hand".utf8).write(to: URL(fileURLWithPath: output + "/figures/05-relu/stray.png"))
        let (folder, other) = (inode("figures/05-relu"), inode("figures/01-neuron"))
        let memory = WrittenSite()
        let redrawn = frameCount * 3 / 4
        // The last frame is gone from the site.
        let touched = try writer.update(site(redrawn: redrawn, frames: frameCount - 1), remembering: memory)

        XCTAssertGreaterThanOrEqual(touched, redrawn)
        XCTAssertNotEqual(inode("figures/05-relu"), folder, "the folder was made afresh")
        XCTAssertEqual(inode("figures/01-neuron"), other, "a folder with nothing changed stays")
        for index in 0..<(frameCount - 1) {
            XCTAssertEqual(read("figures/05-relu/f.\(index).png"), index < redrawn ? "png new" : "png old")
        }
        XCTAssertEqual(inode("figures/05-relu/f.0.png"), FileIdentity(of: root + "/new.png", followingLinks: false)?.inode,
                       "frames are linked from their sources, not copied")
        XCTAssertEqual(names(in: output + "/figures/05-relu").count, frameCount - 1,
                       "the frame the site dropped and the stray file went with the old folder")
        XCTAssertEqual(names(in: output + "/figures"), ["01-neuron", "05-relu"], "nothing left beside it")
        let trashed = names(in: trash)
        XCTAssertEqual(trashed.count, 1, "the old folder waits in the trash")
        XCTAssertEqual(names(in: trash + "/" + (trashed.first ?? "")).count, frameCount + 1)

        for (path, file) in memory.files where path.contains("/figures/05-relu/") {
            XCTAssertEqual(file.file, FileIdentity(of: path, followingLinks: false), "remembered as swapped in: \(path)")
        }
        XCTAssertEqual(try writer.update(site(redrawn: redrawn, frames: frameCount - 1), remembering: memory), 0,
                       "the same site again writes nothing")
        memory.startChecking()
        XCTAssertEqual(try writer.update(site(redrawn: redrawn, frames: frameCount - 1), remembering: memory), 0)
    }

    func testAFolderWithFewChangesIsUpdatedFileByFile() throws {
        try writer.write(site(redrawn: 0))
        let folder = inode("figures/05-relu")
        XCTAssertEqual(try writer.update(site(redrawn: SiteWriter.renewalMinimum - 1)), SiteWriter.renewalMinimum - 1)
        XCTAssertEqual(inode("figures/05-relu"), folder)
        XCTAssertEqual(read("figures/05-relu/f.0.png"), "png new")
        XCTAssertEqual(names(in: trash), [])
        // Many changed files, but fewer than half of the folder's.
        try writer.write(site(redrawn: 0, frames: frameCount * 3))
        let large = inode("figures/05-relu")
        XCTAssertEqual(try writer.update(site(redrawn: frameCount, frames: frameCount * 3)), frameCount)
        XCTAssertEqual(inode("figures/05-relu"), large)
    }

    /// A folder that holds a folder of the site is left to the file-by-file update: swapping
    /// it would take the inner folder's files along.
    func testAFolderHoldingAnotherIsNotSwapped() throws {
        let inner = [SiteFile(path: "figures/05-relu/inner/z.png", contents: .copy(from: root + "/old.png"))]
        try writer.write(site(redrawn: 0, extra: inner))
        let folder = inode("figures/05-relu")
        try writer.update(site(redrawn: frameCount, extra: inner))
        XCTAssertEqual(inode("figures/05-relu"), folder)
        XCTAssertEqual(read("figures/05-relu/f.1.png"), "png new")
        XCTAssertEqual(read("figures/05-relu/inner/z.png"), "png old")
    }

    /// The staging folder a build writes ahead is renewed the same way.
    func testTheStagedSiteIsRenewedToo() throws {
        let staged = WrittenSite()
        writer.stage(site(redrawn: 0), remembering: staged)
        XCTAssertFalse(staged.isEmpty)
        try writer.write(site(redrawn: frameCount), staged: staged)
        XCTAssertEqual(read("figures/05-relu/f.\(frameCount - 1).png"), "png new")
        XCTAssertEqual(read("05-relu.html"), "<p>relu</p>")
        XCTAssertEqual(names(in: output + "/figures/05-relu").count, frameCount)
        XCTAssertEqual(names(in: trash).count, 1, "the staged folder of old frames was swapped out")
    }

    /// In one step, and with three renames where the file system cannot exchange.
    func testExchangeSwapsTwoFolders() throws {
        for inOneStep in [true, false] {
            for (name, file) in [("a", "one"), ("b", "two")] {
                try FileManager.default.createDirectory(atPath: root + "/" + name, withIntermediateDirectories: true)
                try Data().write(to: URL(fileURLWithPath: root + "/\(name)/\(file)"))
            }
            try FileSystem.exchange(root + "/a", root + "/b", inOneStep: inOneStep)
            XCTAssertEqual(names(in: root + "/a"), ["two"])
            XCTAssertEqual(names(in: root + "/b"), ["one"])
            XCTAssertThrowsError(try FileSystem.exchange(root + "/a", root + "/missing", inOneStep: inOneStep))
            XCTAssertThrowsError(try FileSystem.exchange(root + "/missing", root + "/a", inOneStep: inOneStep))
            XCTAssertEqual(names(in: root + "/a"), ["two"], "a failed swap changes nothing")
            XCTAssertEqual(names(in: root).filter { $0.hasPrefix(".glia-swap") }, [])
            for name in ["a", "b"] { try FileManager.default.removeItem(atPath: root + "/" + name) }
        }
    }

    /// A folder that cannot be made afresh (here, its files' sources are gone) is left to the
    /// file-by-file update, which reports what is wrong.
    func testAFolderThatCannotBeRenewedIsUpdatedFileByFile() throws {
        try writer.write(site(redrawn: 0))
        var files = site(redrawn: frameCount).files
        files[files.count - 1] = SiteFile(path: files[files.count - 1].path, contents: .copy(from: root + "/missing.png"))
        XCTAssertThrowsError(try writer.update(Site(files: files)))
        XCTAssertEqual(names(in: output + "/figures"), ["01-neuron", "05-relu"], "nothing left beside it")
    }
}
