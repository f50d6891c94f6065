import XCTest

/// Books with mistakes: each must give clear diagnostics at Markdown locations, exit 1, and
/// leave the previous output folder untouched. Expected diagnostics are compared whole; set
/// GLIA_RECORD_FIXTURES=1 to re-record them after checking the new output by eye.
final class FailingBookTests: XCTestCase {
    /// - Parameter rerunWithLineTables: the chapters whose crash was run again from a compile
    ///   with line tables to be located (their work folder keeps that compile's plan).
    private func expectFailure(_ fixture: String, rerunWithLineTables: Set<String> = [],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let runner = try GliaRunner(fixture: fixture)
        defer { runner.remove() }
        defer {
            let work = runner.url(".glia-cache/work").path
            let rerun = ((try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []).filter {
                FileManager.default.fileExists(atPath: work + "/" + $0 + "/compile-jobs-lines.json")
            }
            XCTAssertEqual(Set(rerun), rerunWithLineTables, "chapters run again with line tables", file: file, line: line)
        }
        try FileManager.default.createDirectory(at: runner.url("output"), withIntermediateDirectories: true)
        try runner.write("output/previous.html", "the previous good site")
        try runner.write("output/.glia-site", "")  // written by an earlier build

        let run = try runner.build()

        XCTAssertEqual(run.status, 1, "glia must exit 1 on errors\n\(run.stdout)\n\(run.stderr)",
                       file: file, line: line)
        XCTAssertEqual(try runner.read("output/previous.html"), "the previous good site",
                       "the previous output must survive", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url("output/index.html").path),
                       file: file, line: line)
        let stderr = run.stderr.replacingOccurrences(of: runner.root.standardizedFileURL.path, with: "ROOT")
        let expectedURL = GliaRunner.fixtures.appendingPathComponent("\(fixture)/expected-diagnostics.txt")
        if ProcessInfo.processInfo.environment["GLIA_RECORD_FIXTURES"] == "1" {
            try stderr.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        XCTAssertEqual(stderr, expected, file: file, line: line)
    }

    func testCompileErrorsPointAtMarkdownLines() throws { try expectFailure("compile-error") }

    /// Only the trap the runtime's message does not locate (an index out of range) is run again
    /// with line tables; a fatal error names its line, an uncaught error its `try`.
    func testRuntimeCrashesAreReportedAtTheirCells() throws {
        try expectFailure("runtime-crash", rerunWithLineTables: ["02-index"])
    }

    /// A timeout is not run again: it would only wait as long once more.
    func testEndlessLoopIsStoppedByTheTimeout() throws { try expectFailure("timeout") }

    func testHugeOutputIsCapped() throws { try expectFailure("huge-output") }

    /// Chapters are linked against stand-ins of the libraries: a symbol none defines stops the
    /// program before it starts, and the error is at the cell line that names it.
    func testASymbolNoLibraryDefinesIsAnErrorAtTheLineNamingIt() throws { try expectFailure("undefined-symbol") }

    func testBadMarkdownFrontMatterAndOptions() throws { try expectFailure("bad-input") }

    func testErrorCellThatSucceedsFailsTheBuild() throws { try expectFailure("error-cells") }

    func testMissingChaptersFolder() throws { try expectFailure("no-chapters") }

    /// A folder that is not a book (a mistyped `--root`) is left as it was: no cache, no lock.
    func testAFolderThatIsNotABookIsLeftAsItWas() throws {
        let runner = try GliaRunner(fixture: "no-chapters")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url(".glia-cache").path))
    }

    func testUnwritableOutputIsAClearError() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        try runner.write("blocker", "a file where the output folder's parent should be")
        let run = try runner.glia(["build", "--output", "blocker/site"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("error:") && run.stderr.contains("blocker/site"), run.stderr)
        XCTAssertFalse(run.stderr.contains("Fatal error"), run.stderr)
    }

    /// A compile error in an inline value quotes the Markdown line, caret under the name.
    func testAnInlineValueErrorQuotesTheMarkdownLineWithItsCaret() throws {
        let runner = try GliaRunner(files: ["chapters/01-a.md": "# A\n\nThe loss is `{swift} totl + 1` here.\n"])
        defer { runner.remove() }
        let run = try runner.build()
        XCTAssertNotEqual(run.status, 0)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("chapters/01-a.md:3:22: error: cannot find 'totl'") },
                                   run.stderr)
        let quoted = lines[header + 1], caret = lines[header + 2]
        XCTAssertTrue(quoted.hasSuffix("The loss is `{swift} totl + 1` here."), quoted)
        XCTAssertEqual(quoted.range(of: "totl").map { quoted.distance(from: quoted.startIndex, to: $0.lowerBound) },
                       caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) })
    }
}
