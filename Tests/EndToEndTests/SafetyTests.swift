import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Nothing an author writes, runs or types loses their work: glia never replaces a folder it
/// did not write, touches the output and cache only under the build lock, keeps what cells
/// write out of the book, and leaves no process behind however it is stopped.
final class SafetyTests: XCTestCase {
    private func chapter(_ cells: String, title: String = "Safety") -> String {
        "---\ntitle: \(title)\n---\n\nSome prose.\n\n\(cells)\n"
    }

    private func swiftCell(_ code: String, options: [String] = []) -> String {
        "```swift\n" + options.map { "//| \($0)\n" }.joined() + code + "\n```\n"
    }

    /// Processes whose command line contains `text`.
    private func processes(containing text: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.filter { Int($0) != nil }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return line.contains(text) ? "\(pid): \(line)" : nil
        }
    }

    private func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    // MARK: - data loss

    func testOutputFoldersHoldingTheBookAreRefused() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter("Prose only."),
                                            "book.yml": "title: Safe\n"])
        defer { runner.remove() }
        for output in ["chapters", ".", "..", ".glia-cache", "chapters/site", runner.root.path] {
            let run = try runner.build(["--output", output])
            XCTAssertEqual(run.status, 1, "\(output): \(run.stdout)")
            XCTAssertTrue(run.stderr.contains("error: refusing to write the site into"),
                          "\(output): \(run.stderr)")
            XCTAssertTrue(try runner.read("chapters/01-a.md").contains("Prose only."), output)
            XCTAssertTrue(try runner.read("book.yml").contains("Safe"), output)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.root.path), "the parent kept the book")
    }

    func testAFolderGliaDidNotWriteIsNotReplaced() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter("Prose only."),
                                            "notes/thesis.tex": "years of work"])
        defer { runner.remove() }
        let run = try runner.build(["--output", "notes"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("refusing to replace"), run.stderr)
        XCTAssertEqual(try runner.read("notes/thesis.tex"), "years of work")
        XCTAssertEqual(try runner.build(["--output", "site"]).status, 0, "a new folder is fine")
        XCTAssertEqual(try runner.build(["--output", "site"]).status, 0, "and so is glia's own site")
    }

    func testWhatCellsWriteStaysOutOfTheBookAndTheSite() throws {
        let runner = try GliaRunner(files: [
            "data/values.txt": "4\n5\n",
            "chapters/01-a.md": chapter(swiftCell("""
            try FileManager.default.createDirectory(atPath: "output", withIntermediateDirectories: true)
            try "defaced".write(toFile: "output/index.html", atomically: true, encoding: .utf8)
            try "stray".write(toFile: "stray.txt", atomically: true, encoding: .utf8)
            print(try readTextFile("data/values.txt").split(separator: "\\n").count)
            """)),
        ])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(try runner.read("output/index.html").contains("defaced"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url("stray.txt").path))
        let page = try runner.read("output/01-a.html")
        XCTAssertTrue(page.contains("<samp>2</samp>"), "readTextFile still reads the book: \(page)")
    }

    /// Holds the book's build lock as another build would.
    private func holdLock(_ runner: GliaRunner) throws -> Int32 {
        try FileManager.default.createDirectory(at: runner.url(".glia-cache"), withIntermediateDirectories: true)
        let descriptor = open(runner.url(".glia-cache/build.lock").path, O_CREAT | O_RDWR, 0o644)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        XCTAssertEqual(flock(descriptor, LOCK_EX), 0)
        return descriptor
    }

    func testABuildWaitingForTheLockTouchesNothing() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter("Prose only.")])
        defer { runner.remove() }
        // What another build is in the middle of writing.
        try FileManager.default.createDirectory(at: runner.url(".output.glia-new"), withIntermediateDirectories: true)
        try runner.write(".output.glia-new/page.html", "being written")
        let lock = try holdLock(runner)
        let waiting = try runner.start(["build"])
        XCTAssertTrue(waitUntil(seconds: 10) { waiting.stdout.peek().contains("waiting") })
        usleep(300_000)
        XCTAssertEqual(try runner.read(".output.glia-new/page.html"), "being written",
                       "the other build's staging folder survives")
        close(lock)
        let run = waiting.finish()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(try runner.read("output/index.html").contains("Safety"))
    }

    func testCleanTakesTheLock() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(swiftCell("print(1)"))])
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        let lock = try holdLock(runner)
        let cleaning = try runner.start(["clean"])
        usleep(500_000)
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url(".glia-cache/results").path),
                      "clean waits for the build holding the lock")
        close(lock)
        XCTAssertEqual(cleaning.finish().status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url(".glia-cache/results").path))
    }

    // MARK: - processes

    private func sleeperCell(_ tag: String, then code: String, options: [String]) -> String {
        swiftCell("""
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["\(tag)"]
        try sleeper.run()
        \(code)
        """, options: options)
    }

    func testATimeoutStopsEverythingTheCellStarted() throws {
        let tag = "3600.\(Int.random(in: 100_000...999_999))"
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(
            sleeperCell(tag, then: "while true {}", options: ["timeout: 1"]))])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("timeout of 1 s"), run.stderr)
        XCTAssertTrue(waitUntil(seconds: 2) { processes(containing: tag).isEmpty },
                      "\(processes(containing: tag))")
    }

    func testSigtermStopsGliaAndEveryProgramAndKeepsTheSite() throws {
        let tag = "3600.\(Int.random(in: 100_000...999_999))"
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(
            sleeperCell(tag, then: "Thread.sleep(forTimeInterval: 120)", options: []))])
        defer { runner.remove() }
        try FileManager.default.createDirectory(at: runner.url("output"), withIntermediateDirectories: true)
        try runner.write("output/index.html", "the previous good site")
        try runner.write("output/.glia-site", "")
        let build = try runner.start(["build"])
        XCTAssertTrue(waitUntil(seconds: 60) { !processes(containing: tag).isEmpty }, "the cell started")
        kill(build.process.processIdentifier, SIGTERM)
        let run = build.finish()
        XCTAssertEqual(run.status, 128 + SIGTERM, run.stderr)
        XCTAssertTrue(waitUntil(seconds: 2) {
            processes(containing: tag).isEmpty && processes(containing: runner.root.path).isEmpty
        }, "\(processes(containing: tag)) \(processes(containing: runner.root.path))")
        XCTAssertEqual(try runner.read("output/index.html"), "the previous good site")
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url(".output.glia-new").path))
    }

    func testACellThatEndsTheProgramEarlyFailsTheBuild() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(
            swiftCell("print(\"\\u{1}glia:done\")\nprint(\"\\u{1}glia:cell 1\")\nexit(0)")
            + "\n" + swiftCell("print(\"never\")"))])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertEqual(run.status, 1, run.stdout)
        XCTAssertTrue(run.stderr.contains("chapters/01-a.md:7:1: error: cell 1 (lines 8-10) failed: "
                                          + "the program exited before reaching the end"), run.stderr)
    }

    func testSignalsWorkInsideCells() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(
            swiftCell("alarm(1)\nThread.sleep(forTimeInterval: 20)", options: ["timeout: 30"]))])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("signal 14"), "alarm() must fire: \(run.stderr)")
    }

    func testACrashInAnInlineValueIsReportedAtIt() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": """
            ---
            title: Inline
            ---

            Before any cell: `{swift} [1, 2][5]`.
            """, "chapters/02-b.md": """
            ---
            title: Inline after a cell
            ---

            ```swift
            let values = [1, 2]
            ```

            Then `{swift} values[7]` fails.
            """])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("chapters/01-a.md:5:27: error: inline value `{swift} [1, 2][5]` "
                                          + "failed: Fatal error: Index out of range"), run.stderr)
        XCTAssertTrue(run.stderr.contains("chapters/02-b.md:9:15: error: inline value `{swift} values[7]` "
                                          + "failed: Fatal error: Index out of range"), run.stderr)
        XCTAssertFalse(run.stderr.contains("signalled"), run.stderr)
    }

    // MARK: - where glia writes

    /// Every file under `folder` but the output and cache, with its size and contents' hash.
    private func snapshot(_ folder: URL, skipping skipped: Set<String>) -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            if skipped.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path)
            files[relative] = data.map { "\($0.count):\($0.hashValue)" } ?? "folder"
        }
        return files
    }

    func testEveryCommandWritesOnlyIntoTheOutputAndTheCache() throws {
        let runner = try GliaRunner(files: [
            "chapters/01-a.md": chapter(swiftCell("print(try readTextFile(\"data/x.txt\"))")),
            "data/x.txt": "data", "book.yml": "title: Walls\n", "notes.txt": "mine",
        ])
        defer { runner.remove() }
        let skipped: Set<String> = ["output", "site", ".glia-cache"]
        let before = snapshot(runner.root, skipping: skipped)
        XCTAssertEqual(try runner.build().status, 0)
        XCTAssertEqual(try runner.build(["--force", "--output", "site"]).status, 0)
        XCTAssertEqual(try runner.glia(["check"]).status, 0)
        try runner.write("chapters/01-a.md", chapter(swiftCell("let x: Int = \"no\"")))
        XCTAssertEqual(try runner.build().status, 1)
        try runner.write("chapters/01-a.md", chapter(swiftCell("print(try readTextFile(\"data/x.txt\"))")))
        XCTAssertEqual(try runner.glia(["clean"]).status, 0)
        XCTAssertEqual(snapshot(runner.root, skipping: skipped), before,
                       "nothing outside output/, site/ and .glia-cache/ changed or was left behind")
    }

    func testOddChapterFileNamesLinkAndReportCorrectly() throws {
        let odd = "02-a b#c?'d\\e.md"
        let runner = try GliaRunner(files: [
            "chapters/01-a.md": chapter("See [the odd one](\(odd.replacingOccurrences(of: " ", with: "%20")))."),
            "chapters/\(odd)": chapter(swiftCell("let x: Int = \"no\""), title: "Odd"),
        ])
        defer { runner.remove() }
        let failed = try runner.build()
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("chapters/\(odd):8:14: error: cannot convert value of type 'String'"),
                      failed.stderr)
        try runner.write("chapters/\(odd)", chapter(swiftCell("print(1)"), title: "Odd"))
        XCTAssertEqual(try runner.build().status, 0)
        let page = "02-a b#c?'d\\e.html"
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("output/" + page).path))
        let index = try runner.read("output/index.html")
        XCTAssertTrue(index.contains("href=\"02-a%20b%23c%3F%27d%5Ce.html\""), index)
    }

    func testCtrlCWhileCompilingStopsTheCompilerAndKeepsEverything() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(
            (0..<40).map { swiftCell("let v\($0) = (0..<100).map { Double($0) * \(Double($0)) }.reduce(0, +)") }
                .joined(separator: "\n"))])
        defer { runner.remove() }
        try FileManager.default.createDirectory(at: runner.url("output"), withIntermediateDirectories: true)
        try runner.write("output/index.html", "the previous good site")
        try runner.write("output/.glia-site", "")
        let build = try runner.start(["build"])
        XCTAssertTrue(waitUntil(seconds: 60) {
            processes(containing: runner.root.path).contains { $0.contains("swift-frontend") }
        }, "the compiler started")
        kill(build.process.processIdentifier, SIGINT)
        let run = build.finish()
        XCTAssertEqual(run.status, 128 + SIGINT, run.stderr)
        XCTAssertTrue(waitUntil(seconds: 2) { processes(containing: runner.root.path).isEmpty },
                      "\(processes(containing: runner.root.path))")
        XCTAssertEqual(try runner.read("output/index.html"), "the previous good site")
        let again = try runner.build()
        XCTAssertEqual(again.status, 0, "the cache is usable after the interruption: \(again.stderr)")
    }

    /// Stopped while rendering or between writing the new site and swapping it in: the exit
    /// code says so, no staging folder is left, the previous site is whole, the cache works.
    func testASignalWhileRenderingOrWritingLosesNothing() throws {
        for (point, signal) in [("render", SIGINT), ("swap", SIGTERM)] {
            let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(swiftCell("print(1)"))])
            defer { runner.remove() }
            XCTAssertEqual(try runner.build().status, 0)
            let before = try runner.read("output/01-a.html")
            try runner.write("chapters/01-a.md", chapter(swiftCell("print(2)")))
            let build = try runner.start(["build"], environment: ["GLIA_TEST_PAUSE": point])
            XCTAssertTrue(waitUntil(seconds: 60) { build.stderr.peek().contains("paused at \(point)") }, point)
            kill(build.process.processIdentifier, signal)
            let run = build.finish()
            XCTAssertEqual(run.status, 128 + signal, point)
            XCTAssertEqual(try runner.read("output/01-a.html"), before, "\(point): the previous site is whole")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: runner.root.path)
                .filter { $0.contains("glia-new") || $0.contains("glia-old") }
            XCTAssertEqual(leftovers, [], point)
            let again = try runner.build()
            XCTAssertEqual(again.status, 0, again.stderr)
            XCTAssertTrue(try runner.read("output/01-a.html").contains("<samp>2</samp>"), point)
        }
    }

    func testABadCompilerSettingIsExplained() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": chapter(swiftCell("print(1)"))])
        defer { runner.remove() }
        let run = try runner.glia(["build"], environment: ["GLIA_SWIFTC": "/no/such/swiftc"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("glia: error: GLIA_SWIFTC is set to '/no/such/swiftc', which is "
                                          + "not an executable file: point it at a Swift compiler (swiftc), "
                                          + "or unset it to use the swiftc on PATH"), run.stderr)
    }
}
