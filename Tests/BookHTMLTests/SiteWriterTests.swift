import Foundation
import XCTest
@testable import BookHTML
import BookCore

final class SiteWriterTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A writer for `output`, in a book at `root/book`.
    private func writer(_ output: String) -> SiteWriter {
        SiteWriter(layout: BookLayout(root: root + "/book", output: output))
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testWritesFilesCopiesAndKeepsGitkeep() throws {
        let output = root + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: output + "/stale.html"))
        try Data().write(to: URL(fileURLWithPath: output + "/" + BookLayout.siteMarker))
        try Data("png".utf8).write(to: URL(fileURLWithPath: root + "/source.png"))
        try writer(output + "/").write(Site(files: [
            SiteFile(path: "index.html", text: "<p>new</p>"),
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/source.png")),
        ]))
        XCTAssertEqual(read(output + "/index.html"), "<p>new</p>")
        XCTAssertEqual(read(output + "/figures/01-a/x.png"), "png")
        XCTAssertEqual(read(output + "/.gitkeep"), "")
        XCTAssertNil(read(output + "/stale.html"), "the old site is replaced, not merged")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(),
                       ["book", "output", "source.png"], "no staging folder is left behind")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/book"), [".glia-cache"],
                       "the replaced site waits in the book's cache")
    }

    /// A folder that already holds the site, and nothing else, is left as it is; a changed
    /// page, a changed figure or a file the site does not have gets the whole write.
    func testAFolderHoldingTheSiteAlreadyIsLeftAsItIs() throws {
        let output = root + "/output"
        try Data("png".utf8).write(to: URL(fileURLWithPath: root + "/a.png"))
        try Data("png 2".utf8).write(to: URL(fileURLWithPath: root + "/b.png"))
        func site(_ page: String, _ figure: String) -> Site {
            Site(files: [SiteFile(path: "index.html", text: page),
                         SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/" + figure))])
        }
        func folder() throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? Int)
        }
        let writer = writer(output)
        XCTAssertEqual(try writer.write(site("<p>one</p>", "a.png")), 3)
        let first = try folder()
        XCTAssertEqual(try writer.write(site("<p>one</p>", "a.png")), 0)
        XCTAssertEqual(try folder(), first, "not written again")
        XCTAssertNil(try? FileManager.default.contentsOfDirectory(atPath: root + "/book/.glia-cache/trash"),
                     "nothing replaced, nothing to delete")

        XCTAssertEqual(try writer.write(site("<p>two</p>", "a.png")), 3)
        XCTAssertEqual(read(output + "/index.html"), "<p>two</p>")
        XCTAssertEqual(try writer.write(site("<p>two</p>", "b.png")), 3)
        XCTAssertEqual(read(output + "/figures/01-a/x.png"), "png 2")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/figures/notes.txt"))
        XCTAssertEqual(try writer.write(site("<p>two</p>", "b.png")), 3)
        XCTAssertNil(read(output + "/figures/notes.txt"), "a file the site does not have: written whole")
        try FileManager.default.createDirectory(atPath: output + "/figures/03-old", withIntermediateDirectories: true)
        XCTAssertEqual(try writer.write(site("<p>two</p>", "b.png")), 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/figures/03-old"), "a folder it does not have")
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        XCTAssertEqual(try writer.write(site("<p>two</p>", "b.png")), 0, "a .gitkeep may be there")
        if getuid() != 0 {  // root reads any folder
            try FileManager.default.createDirectory(atPath: output + "/locked", withIntermediateDirectories: true)
            chmod(output + "/locked", 0)
            defer { chmod(output + "/locked", 0o755) }
            XCTAssertEqual(try writer.write(site("<p>two</p>", "b.png")), 3, "a folder it cannot read")
        }
    }

    /// The replaced site goes into the cache's trash (one rename), and the next build empties
    /// the trash on another thread.
    func testTheReplacedSiteWaitsInTheTrashUntilTheNextBuild() throws {
        let writer = writer(root + "/output")
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "first")]))
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "second")]))
        let trash = root + "/book/.glia-cache/trash"
        let replaced = try FileManager.default.contentsOfDirectory(atPath: trash)
        XCTAssertEqual(replaced.count, 1)
        XCTAssertEqual(read(trash + "/" + (replaced.first ?? "") + "/index.html"), "first")
        XCTAssertEqual(read(root + "/output/index.html"), "second")
        writer.recoverInterruptedWrite()
        let deadline = Date().addingTimeInterval(10)
        while (try? FileManager.default.contentsOfDirectory(atPath: trash))?.isEmpty == false, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: trash), [])
        XCTAssertEqual(read(root + "/output/index.html"), "second")
    }

    func testFailedWriteLeavesThePreviousSiteIntact() throws {
        let output = root + "/output"
        let writer = writer(output)
        try writer.write(Site(files: [SiteFile(path: "index.html", text: "good")]))
        XCTAssertThrowsError(try writer.write(Site(files: [
            SiteFile(path: "index.html", text: "half"),
            SiteFile(path: "figures/a.png", contents: .copy(from: root + "/missing.png")),
        ]))) { error in
            XCTAssertEqual("\(error)", "cannot write the site to '\(output)': could not read "
                + "'\(root)/missing.png' (to copy to '\(root)/.output.glia-new/figures/a.png'): "
                + "No such file or directory")
        }
        XCTAssertEqual(read(output + "/index.html"), "good")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["output"])
    }

    func testUnwritableLocationGivesAClearError() throws {
        // A regular file where a folder should be: fails even for root, unlike permissions.
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/blocker"))
        let output = root + "/blocker/site"
        XCTAssertThrowsError(try writer(output).write(Site(files: [
            SiteFile(path: "index.html", text: "x"),
        ]))) { error in
            XCTAssertEqual("\(error)", "cannot write the site to '\(output)': could not create "
                + "folder '\(root)/blocker': a file of that name is in the way")
        }
    }

    func testCheckWritableFailsEarlyAndLeavesNothingBehind() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/blocker"))
        XCTAssertThrowsError(try writer(root + "/blocker/site").checkWritable())
        XCTAssertNoThrow(try writer(root + "/fresh/site").checkWritable())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/fresh"), [],
                       "the check leaves no staging folder")
    }

    func testOutputPathThatIsAFileIsRefused() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/output"))
        XCTAssertThrowsError(try writer(root + "/output").write(Site(files: []))) { error in
            XCTAssertEqual("\(error)", "cannot write the site to '\(root)/output': a file of that "
                + "name is in the way; remove it or choose another output folder")
        }
        XCTAssertEqual(read(root + "/output"), "x")
    }

    func testPathsEscapingTheSiteAreRefused() {
        XCTAssertThrowsError(try writer(root + "/out").write(Site(files: [
            SiteFile(path: "../evil.html", text: "x"),
        ])))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/evil.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/out"))
    }

    // MARK: - never deleting what glia did not write

    private func makeFolder(_ path: String, files: [String: String]) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
    }

    func testAFolderGliaDidNotWriteIsNeverReplaced() throws {
        try makeFolder(root + "/notes", files: ["thesis.tex": "years of work"])
        XCTAssertThrowsError(try writer(root + "/notes").checkWritable())
        XCTAssertThrowsError(try writer(root + "/notes").write(Site(files: [
            SiteFile(path: "index.html", text: "x"),
        ]))) { error in
            XCTAssertTrue("\(error)".contains("refusing to replace"), "\(error)")
            XCTAssertTrue("\(error)".contains(BookLayout.siteMarker), "\(error)")
        }
        XCTAssertEqual(read(root + "/notes/thesis.tex"), "years of work")
    }

    func testTheBookItsChaptersAndCacheAreNeverTheOutput() throws {
        let book = root + "/book"
        try makeFolder(book + "/chapters", files: ["01.md": "# One"])
        try makeFolder(book + "/.glia-cache", files: [BookLayout.siteMarker: ""])
        try Data(BookLayout.siteMarker.utf8).write(to: URL(fileURLWithPath: book + "/chapters/"
                                                            + BookLayout.siteMarker))
        for output in [book + "/chapters", book, root, book + "/.glia-cache",
                       book + "/chapters/site", book + "/.glia-cache/site", book + "/./chapters/"] {
            let writer = SiteWriter(layout: BookLayout(root: book, output: output))
            XCTAssertThrowsError(try writer.write(Site(files: [SiteFile(path: "a.html", text: "x")])),
                                 output) { error in
                XCTAssertTrue("\(error)".hasPrefix("refusing to write the site into"), "\(error)")
            }
        }
        XCTAssertEqual(read(book + "/chapters/01.md"), "# One")
    }

    func testAnOutputFolderLinkedElsewhereIsWrittenThroughTheLink() throws {
        try makeFolder(root + "/deploy", files: [BookLayout.siteMarker: "", "old.html": "old"])
        try FileManager.default.createDirectory(atPath: root + "/book", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/book/output",
                                                   withDestinationPath: root + "/deploy")
        try writer("output").write(Site(files: [SiteFile(path: "index.html", text: "new")]))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/book/output"),
                       root + "/deploy", "the link stays a link")
        XCTAssertEqual(read(root + "/deploy/index.html"), "new")
        XCTAssertNil(read(root + "/deploy/old.html"))
    }

    func testAnEmptyFolderOrOneWithOnlyGitkeepMayBeWritten() throws {
        try makeFolder(root + "/empty", files: [:])
        try makeFolder(root + "/kept", files: [".gitkeep": ""])
        XCTAssertNoThrow(try writer(root + "/empty").write(Site(files: [SiteFile(path: "i.html", text: "x")])))
        XCTAssertNoThrow(try writer(root + "/kept").write(Site(files: [SiteFile(path: "i.html", text: "x")])))
        XCTAssertNotNil(read(root + "/kept/" + BookLayout.siteMarker), "sites are marked")
        XCTAssertNoThrow(try writer(root + "/kept").write(Site(files: [SiteFile(path: "i.html", text: "y")])),
                         "a marked site is replaced on the next build")
    }

    /// A write stopped between moving the old site aside and moving the new one in: the next
    /// start puts the old site back and removes the half-written one.
    func testAnInterruptedWriteIsRepairedAtTheNextStart() throws {
        try makeFolder(root + "/.output.glia-old", files: [BookLayout.siteMarker: "", "index.html": "old"])
        try makeFolder(root + "/.output.glia-new", files: ["index.html": "half"])
        writer(root + "/output").recoverInterruptedWrite()
        XCTAssertEqual(read(root + "/output/index.html"), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["output"])
    }
}
