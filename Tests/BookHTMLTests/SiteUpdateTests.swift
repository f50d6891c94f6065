import Foundation
import XCTest
@testable import BookHTML
import BookCore

/// `glia serve`'s in-place update of the output folder.
final class SiteUpdateTests: XCTestCase {
    private var root = ""
    private var output: String { root + "/output" }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-update-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("png one".utf8).write(to: URL(fileURLWithPath: root + "/one.png"))
        try Data("png two".utf8).write(to: URL(fileURLWithPath: root + "/two.png"))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private var writer: SiteWriter { SiteWriter(layout: BookLayout(root: root + "/book", output: output)) }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func inode(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: output + "/" + path)[.systemFileNumber] as? Int)
    }

    private let first = Site(files: [
        SiteFile(path: "index.html", text: "<p>front</p>"),
        SiteFile(path: "01-a.html", text: "<p>a</p>"),
        SiteFile(path: "figures/01-a/x.png", contents: .copy(from: "")),
        SiteFile(path: "old/gone.html", text: "gone"),
    ])

    private func site(_ files: [SiteFile]) -> Site {
        Site(files: files.map { file in
            guard case .copy(let source) = file.contents, source.isEmpty else { return file }
            return SiteFile(path: file.path, contents: .copy(from: root + "/one.png"))
        })
    }

    func testOnlyChangedFilesAreWrittenAndStaleOnesRemoved() throws {
        try writer.write(site(first.files))
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        let frontInode = try inode("index.html")
        let figureInode = try inode("figures/01-a/x.png")
        let touched = try writer.update(Site(files: [
            SiteFile(path: "index.html", text: "<p>front</p>"),
            SiteFile(path: "01-a.html", text: "<p>a, edited</p>"),
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/one.png")),
            SiteFile(path: "figures/01-a/y.png", contents: .copy(from: root + "/two.png")),
        ]))
        XCTAssertEqual(touched, 3, "one page written, one figure added, one page removed")
        XCTAssertEqual(read("01-a.html"), "<p>a, edited</p>")
        XCTAssertEqual(read("figures/01-a/y.png"), "png two")
        XCTAssertEqual(try inode("index.html"), frontInode, "an unchanged page is not rewritten")
        XCTAssertEqual(try inode("figures/01-a/x.png"), figureInode, "an unchanged figure is not relinked")
        XCTAssertNil(read("old/gone.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/old"), "the emptied folder goes")
        XCTAssertEqual(read(".gitkeep"), "", ".gitkeep stays")
        XCTAssertNotNil(read(BookLayout.siteMarker), "the folder is still marked as glia's")
        XCTAssertEqual(try writer.update(Site(files: [
            SiteFile(path: "index.html", text: "<p>front</p>"),
            SiteFile(path: "01-a.html", text: "<p>a, edited</p>"),
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/one.png")),
            SiteFile(path: "figures/01-a/y.png", contents: .copy(from: root + "/two.png")),
        ])), 0, "the same site again changes nothing")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.contains("glia-update") }
        XCTAssertEqual(leftovers, [])
    }

    func testAFigureWhoseSourceChangedIsReplaced() throws {
        try writer.write(site(first.files))
        try FileManager.default.removeItem(atPath: root + "/one.png")
        try Data("png one, redrawn".utf8).write(to: URL(fileURLWithPath: root + "/one.png"))
        XCTAssertEqual(try writer.update(site(first.files)), 1)
        XCTAssertEqual(read("figures/01-a/x.png"), "png one, redrawn")
    }

    /// With the memory of the last update (glia serve), pages are compared in memory, yet a
    /// file changed on disk since, or a figure replaced in the cache, is still written again.
    func testTheMemoryOfTheLastUpdateMissesNoChange() throws {
        try checkTheMemoryMissesNoChange(checkedEarly: false)
    }

    /// The same when the files are checked on another thread before the update (glia serve
    /// starts the check while it renders, after the chapters ran).
    func testTheEarlyCheckOfTheLastUpdateMissesNoChange() throws {
        try checkTheMemoryMissesNoChange(checkedEarly: true)
    }

    private func checkTheMemoryMissesNoChange(checkedEarly: Bool) throws {
        let memory = WrittenSite()
        func update(_ files: [SiteFile]) throws -> Int {
            if checkedEarly { memory.startChecking() }
            return try writer.update(site(files), remembering: memory)
        }
        try writer.write(site(first.files))
        XCTAssertEqual(try update(first.files), 0)
        XCTAssertEqual(try update(first.files), 0)
        // Someone edits a page in the output folder: the next update puts it right.
        Thread.sleep(forTimeInterval: 0.01)
        try Data("<p>A</p>".utf8).write(to: URL(fileURLWithPath: output + "/01-a.html"))
        XCTAssertEqual(try update(first.files), 1)
        XCTAssertEqual(read("01-a.html"), "<p>a</p>")
        // The chapter runs again: its figure is a new file at the same path in the cache.
        try FileManager.default.removeItem(atPath: root + "/one.png")
        try Data("png one, redrawn".utf8).write(to: URL(fileURLWithPath: root + "/one.png"))
        XCTAssertEqual(try update(first.files), 1)
        XCTAssertEqual(read("figures/01-a/x.png"), "png one, redrawn")
        // A page the site no longer has goes.
        XCTAssertEqual(try update(Array(first.files.dropLast())), 1)
        XCTAssertNil(read("old/gone.html"))
        XCTAssertEqual(read("index.html"), "<p>front</p>")
        // A page whose contents changed is written, whatever the check found.
        var edited = first.files
        edited[1] = SiteFile(path: "01-a.html", text: "<p>a, edited</p>")
        XCTAssertEqual(try update(Array(edited.dropLast())), 1)
        XCTAssertEqual(read("01-a.html"), "<p>a, edited</p>")
    }

    func testAFileWhereAFolderGoesAndAFolderWhereAFileGoes() throws {
        try writer.write(Site(files: [
            SiteFile(path: "figures", text: "a file named like a folder"),
            SiteFile(path: "page/index.html", text: "nested"),
        ]))
        try writer.update(Site(files: [
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/one.png")),
            SiteFile(path: "page", text: "now a file"),
        ]))
        XCTAssertEqual(read("figures/01-a/x.png"), "png one")
        XCTAssertEqual(read("page"), "now a file")
    }

    /// What an update stopped half way left at a file's temporary name (a file, a link to the
    /// very source, or a folder) neither stops the next one nor is written through; a figure
    /// is linked from its source, not copied, and a symbolic link to a file (Debian's KaTeX
    /// fonts) is followed.
    func testLeftoversOfAStoppedUpdateAndLinkedSources() throws {
        try writer.write(Site(files: [SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/one.png"))]))
        try FileManager.default.linkItem(atPath: root + "/two.png", toPath: output + "/figures/01-a/.glia-update-x.png")
        try Data("half".utf8).write(to: URL(fileURLWithPath: output + "/figures/01-a/.glia-update-z.html"))
        try FileManager.default.createDirectory(atPath: output + "/figures/01-a/.glia-update-y.png",
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/font.woff2", withDestinationPath: root + "/two.png")
        try writer.update(Site(files: [
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/two.png")),
            SiteFile(path: "figures/01-a/y.png", contents: .copy(from: root + "/one.png")),
            SiteFile(path: "font.woff2", contents: .copy(from: root + "/font.woff2")),
            SiteFile(path: "figures/01-a/z.html", text: "whole"),
        ]))
        XCTAssertEqual(read("figures/01-a/x.png"), "png two")
        XCTAssertEqual(FileManager.default.contents(atPath: root + "/two.png"), Data("png two".utf8),
                       "the source a leftover was linked to is untouched")
        XCTAssertEqual(read("figures/01-a/z.html"), "whole")
        XCTAssertEqual(read("figures/01-a/y.png"), "png one")
        XCTAssertEqual(try inode("figures/01-a/y.png"),
                       try XCTUnwrap(FileManager.default.attributesOfItem(atPath: root + "/one.png")[.systemFileNumber] as? Int),
                       "linked, not copied")
        XCTAssertEqual(read("font.woff2"), "png two")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: output + "/font.woff2")[.type] as? FileAttributeType,
                       .typeRegular, "the file a link names, not the link")
    }

    /// No site there yet, or a folder glia did not write: the update is the all-or-nothing
    /// write, with its refusal of folders that are not glia's.
    func testWithoutAGliaSiteTheUpdateIsAWholeWrite() throws {
        XCTAssertEqual(try writer.update(site(first.files)), first.files.count + 1)
        XCTAssertEqual(read("01-a.html"), "<p>a</p>")
        let foreign = root + "/foreign"
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: foreign + "/notes.txt"))
        let other = SiteWriter(layout: BookLayout(root: root + "/book", output: foreign))
        XCTAssertThrowsError(try other.update(site(first.files)))
        XCTAssertEqual(FileManager.default.contents(atPath: foreign + "/notes.txt"), Data("mine".utf8))
    }

    /// A link put into the output folder by hand is replaced, never written through.
    func testALinkInTheOutputFolderIsNotWrittenThrough() throws {
        try writer.write(site(first.files))
        let elsewhere = root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.removeItem(atPath: output + "/figures")
        try FileManager.default.createSymbolicLink(atPath: output + "/figures", withDestinationPath: elsewhere)
        try FileManager.default.removeItem(atPath: output + "/01-a.html")
        try FileManager.default.createSymbolicLink(atPath: output + "/01-a.html", withDestinationPath: elsewhere + "/page.html")
        try writer.update(Site(files: [
            SiteFile(path: "01-a.html", text: "<p>a</p>"),
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/one.png")),
        ]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
        XCTAssertEqual(read("01-a.html"), "<p>a</p>")
        XCTAssertEqual(read("figures/01-a/x.png"), "png one")
    }

    func testPathsEscapingTheSiteAreRefused() throws {
        try writer.write(site(first.files))
        XCTAssertThrowsError(try writer.update(Site(files: [SiteFile(path: "../escaped.html", text: "x")])))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/escaped.html"))
        XCTAssertEqual(read("index.html"), "<p>front</p>", "nothing was changed")
    }
}
