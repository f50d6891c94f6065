import Foundation
import XCTest
@testable import BookHTML
import BookCore

/// glia build writes the site it expects into the staging folder while chapters run
/// (`SiteWriter.stage`); its write then changes only what differs and swaps the folder in.
final class SiteStagingTests: XCTestCase {
    private var root = ""
    private var output: String { root + "/output" }
    private var staging: String { root + "/.output.glia-new" }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-staging-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private var writer: SiteWriter {
        SiteWriter(layout: BookLayout(root: root + "/book", output: output))
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func inode(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
    }

    func testTheStagedSiteIsBroughtUpToDateThenSwappedIn() throws {
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "old")]))
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        let figure = root + "/figure.png"
        try Data("drawn before".utf8).write(to: URL(fileURLWithPath: figure))
        let staged = WrittenSite()
        writer.stage(Site(files: [
            SiteFile(path: "index.html", text: "expected"),
            SiteFile(path: "same.html", text: "unchanged"),
            SiteFile(path: "gone.html", text: "not in the final site"),
            SiteFile(path: "figures/a.png", contents: .copy(from: figure)),
        ]), remembering: staged)
        XCTAssertEqual(read(output + "/index.html"), "old", "staging leaves the output folder alone")
        XCTAssertEqual(read(staging + "/same.html"), "unchanged")
        let stagedSame = try inode(staging + "/same.html")

        // The run replaces the figure with a new file at the same path, as a cache store does.
        try Data("drawn again".utf8).write(to: URL(fileURLWithPath: root + "/new.png"))
        XCTAssertEqual(rename(root + "/new.png", figure), 0)
        try writer.write(Site(files: [
            SiteFile(path: "index.html", text: "final"),
            SiteFile(path: "same.html", text: "unchanged"),
            SiteFile(path: "figures/a.png", contents: .copy(from: figure)),
            SiteFile(path: "added.html", text: "new page"),
        ]), staged: staged)

        XCTAssertEqual(read(output + "/index.html"), "final")
        XCTAssertEqual(read(output + "/added.html"), "new page")
        XCTAssertNil(read(output + "/gone.html"), "a file only the staged site had is removed")
        XCTAssertEqual(read(output + "/figures/a.png"), "drawn again", "the replaced figure is linked again")
        XCTAssertEqual(try inode(output + "/same.html"), stagedSame, "an unchanged file is not written again")
        XCTAssertEqual(read(output + "/.gitkeep"), "")
        XCTAssertNotNil(read(output + "/" + BookLayout.siteMarker))
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging))
    }

    func testAStagedSiteOfAFailedBuildIsRemovedAndTheOutputKept() throws {
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "good")]))
        writer.stage(Site(files: [SiteFile(path: "index.html", text: "expected")]), remembering: WrittenSite())
        XCTAssertTrue(FileManager.default.fileExists(atPath: staging))
        writer.discardStaged()
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging))
        XCTAssertEqual(read(output + "/index.html"), "good")
    }

    /// A staging folder that is not what the memory says (another build's, or damaged) is
    /// never trusted: without a memory the write makes the folder anew.
    func testWithoutWhatWasStagedEveryFileIsWritten() throws {
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data("left by a stopped build".utf8).write(to: URL(fileURLWithPath: staging + "/stray.html"))
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "built")]), staged: WrittenSite())
        XCTAssertEqual(read(output + "/index.html"), "built")
        XCTAssertNil(read(output + "/stray.html"))
    }

    /// For an output folder glia may not replace (here the chapters), staging touches nothing,
    /// not even a folder where its staging folder would go.
    func testNothingIsStagedBesideAFolderGliaMayNotReplace() throws {
        let chapters = root + "/book/chapters"
        try FileManager.default.createDirectory(atPath: chapters, withIntermediateDirectories: true)
        try Data("# One\n".utf8).write(to: URL(fileURLWithPath: chapters + "/01-one.md"))
        let besideIt = root + "/book/.chapters.glia-new"
        try FileManager.default.createDirectory(atPath: besideIt, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: besideIt + "/notes.txt"))

        let memory = WrittenSite()
        SiteWriter(layout: BookLayout(root: root + "/book", output: chapters))
            .stage(Site(files: [SiteFile(path: "index.html", text: "x")]), remembering: memory)

        XCTAssertEqual(read(besideIt + "/notes.txt"), "mine")
        XCTAssertEqual(read(chapters + "/01-one.md"), "# One\n")
        XCTAssertTrue(memory.files.isEmpty)
    }
}
