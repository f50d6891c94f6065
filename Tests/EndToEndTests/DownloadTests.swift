import Foundation
import XCTest

/// Each chapter page links its Markdown source and a Swift script of its cells, and the
/// script runs outside glia against glia's libraries, as its header says.
final class DownloadTests: XCTestCase {
    func testTheDownloadedScriptCompilesAndRuns() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        let page = try runner.read("output/02-draw.html")
        XCTAssertTrue(page.contains("href=\"sources/02-draw.md\" download>Markdown source</a>"))
        XCTAssertTrue(page.contains("href=\"sources/02-draw.swift\" download>Swift script of its cells</a>"))
        XCTAssertEqual(try runner.read("output/sources/02-draw.md"), try runner.read("chapters/02-draw.md"))
        let script = try runner.read("output/sources/02-draw.swift")
        XCTAssertTrue(script.contains("// Cell 1, chapters/02-draw.md line 10"), script)

        let lib = try GliaRunner.binary().deletingLastPathComponent().path
        let compile = Process()
        compile.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compile.arguments = ["swiftc", "-swift-version", "5", "-I", lib + "/Modules", "-L", lib,
                             "-lNotebookRuntime", "-Xlinker", "-rpath", "-Xlinker", lib,
                             runner.url("output/sources/02-draw.swift").path, "-o", runner.url("draw").path]
        try compile.run()
        compile.waitUntilExit()
        XCTAssertEqual(compile.terminationStatus, 0)
        let run = Process()
        run.executableURL = runner.url("draw")
        run.currentDirectoryURL = runner.root
        try run.run()
        run.waitUntilExit()
        XCTAssertEqual(run.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("sigmoid.png").path))
    }
}
