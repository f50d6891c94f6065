import Foundation
import XCTest

/// `make install` lays glia out in a normal prefix: `bin/glia`, and its runtime, modules and
/// resources in `lib/glia`. The installed glia, run directly or through a symbolic link,
/// builds a book; a runtime built by another compiler is a clear error.
final class InstallTests: XCTestCase {
    private var prefix: URL!

    override func setUpWithError() throws {
        prefix = FileManager.default.temporaryDirectory.appendingPathComponent("glia-prefix-\(UUID().uuidString)")
        let repository = GliaRunner.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        let build = try GliaRunner.binary().deletingLastPathComponent()
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["-s", "-C", repository.path, "install-files", "PREFIX=\(prefix.path)",
                          "BUILD_DIR=\(build.path)"]
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        XCTAssertEqual(make.terminationStatus, 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: prefix)
    }

    private func run(_ glia: URL, _ arguments: [String]) throws -> GliaRunner.Run {
        let process = Process()
        process.executableURL = glia
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let (stdout, stderr) = (ReadAll(out.fileHandleForReading), ReadAll(err.fileHandleForReading))
        process.waitUntilExit()
        return GliaRunner.Run(status: process.terminationStatus, stdout: stdout.wait(), stderr: stderr.wait())
    }

    func testTheInstalledGliaBuildsABookDirectlyAndThroughALink() throws {
        let glia = prefix.appendingPathComponent("bin/glia")
        for name in ["libNotebookRuntime.so", "Modules/NotebookRuntime.swiftmodule",
                     "glia_Neural.resources/digits.txt", "glia_GliaCLI.resources/live.js"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("lib/glia/" + name).path), name)
        }
        let book = prefix.appendingPathComponent("book")
        XCTAssertEqual(try run(glia, ["new", book.path]).status, 0)
        let direct = try run(glia, ["build", "--root", book.path])
        XCTAssertEqual(direct.status, 0, direct.stderr)
        // The API reference of an installed glia carries the documentation (its .swiftdoc files).
        let reference = try String(contentsOf: book.appendingPathComponent("output/reference-Figures-LineChart.html"),
                                   encoding: .utf8)
        XCTAssertTrue(reference.contains("One or more lines over a shared x axis"))

        let link = prefix.appendingPathComponent("elsewhere/glia")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: glia)
        let linked = try run(link, ["build", "--force", "--root", book.path])
        XCTAssertEqual(linked.status, 0, linked.stderr)
        XCTAssertTrue(try run(link, ["--version"]).stdout.hasPrefix("glia "))
    }

    func testARuntimeFromAnotherCompilerIsAClearError() throws {
        let lib = prefix.appendingPathComponent("lib/glia")
        let record = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: lib.path)
            .first { $0.hasPrefix("swift-version") })
        try "Swift version 9.9 (swift-9.9-RELEASE)\n".write(to: lib.appendingPathComponent(record),
                                                             atomically: true, encoding: .utf8)
        let book = prefix.appendingPathComponent("book")
        let glia = prefix.appendingPathComponent("bin/glia")
        XCTAssertEqual(try run(glia, ["new", book.path]).status, 0)
        let failed = try run(glia, ["build", "--root", book.path])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("was built by 'Swift version 9.9 (swift-9.9-RELEASE)', but the "
                                             + "compiler glia would use"), failed.stderr)
    }
}
