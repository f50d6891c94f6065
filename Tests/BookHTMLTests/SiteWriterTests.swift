import Foundation
import XCTest
@testable import BookHTML

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

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testWritesFilesCopiesAndKeepsGitkeep() throws {
        let output = root + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: output + "/.gitkeep"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: output + "/stale.html"))
        try Data("png".utf8).write(to: URL(fileURLWithPath: root + "/source.png"))
        try SiteWriter(outputDirectory: output + "/").write([
            SiteFile(path: "index.html", text: "<p>new</p>"),
            SiteFile(path: "figures/01-a/x.png", contents: .copy(from: root + "/source.png")),
        ])
        XCTAssertEqual(read(output + "/index.html"), "<p>new</p>")
        XCTAssertEqual(read(output + "/figures/01-a/x.png"), "png")
        XCTAssertEqual(read(output + "/.gitkeep"), "")
        XCTAssertNil(read(output + "/stale.html"), "the old site is replaced, not merged")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(),
                       ["output", "source.png"], "no staging folder is left behind")
    }

    func testFailedWriteLeavesThePreviousSiteIntact() throws {
        let output = root + "/output"
        let writer = SiteWriter(outputDirectory: output)
        try writer.write([SiteFile(path: "index.html", text: "good")])
        XCTAssertThrowsError(try writer.write([
            SiteFile(path: "index.html", text: "half"),
            SiteFile(path: "figures/a.png", contents: .copy(from: root + "/missing.png")),
        ])) { error in
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
        XCTAssertThrowsError(try SiteWriter(outputDirectory: output).write([
            SiteFile(path: "index.html", text: "x"),
        ])) { error in
            XCTAssertEqual("\(error)", "cannot write the site to '\(output)': could not create "
                + "folder '\(root)/blocker': a file of that name is in the way")
        }
    }

    func testCheckWritableFailsEarlyAndLeavesNothingBehind() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/blocker"))
        XCTAssertThrowsError(try SiteWriter(outputDirectory: root + "/blocker/site").checkWritable())
        XCTAssertNoThrow(try SiteWriter(outputDirectory: root + "/fresh/site").checkWritable())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/fresh"), [],
                       "the check leaves no staging folder")
    }

    func testOutputPathThatIsAFileIsRefused() throws {
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/output"))
        XCTAssertThrowsError(try SiteWriter(outputDirectory: root + "/output").write([])) { error in
            XCTAssertEqual("\(error)", "cannot write the site to '\(root)/output': '\(root)/output' "
                + "exists and is not a folder: remove it or choose another output folder")
        }
        XCTAssertEqual(read(root + "/output"), "x")
    }

    func testPathsEscapingTheSiteAreRefused() {
        XCTAssertThrowsError(try SiteWriter(outputDirectory: root + "/out").write([
            SiteFile(path: "../evil.html", text: "x"),
        ]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/evil.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/out"))
    }
}
