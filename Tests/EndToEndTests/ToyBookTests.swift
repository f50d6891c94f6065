import XCTest

/// The toy book of two chapters (one trains a network, one draws a figure), built end to end.
final class ToyBookTests: XCTestCase {
    func testBuildsPagesFiguresAndInlineValues() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }

        let run = try runner.build()

        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(run.stderr, "")
        for page in ["index.html", "01-train.html", "02-draw.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("output/\(page)").path), page)
        }
        for figure in ["sigmoid.svg", "sigmoid.png", "sigmoid@2x.png"] {
            let path = runner.url("output/figures/02-draw/\(figure)").path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size ?? 0, 1000, figure)
        }
        let train = try runner.read("output/01-train.html")
        XCTAssertTrue(train.contains("final loss:"), "printed output is on the page")
        XCTAssertTrue(train.contains("100.0%"), "the inline accuracy value is on the page")
        let draw = try runner.read("output/02-draw.html")
        XCTAssertTrue(draw.contains("Figure 2.1"), "the figure is numbered and referenced")
        XCTAssertTrue(draw.contains("The sigmoid function."))
        XCTAssertTrue(run.stdout.contains("run      chapters/01-train.md (it has not run before)"), run.stdout)
    }

    func testProseEditReusesResultsAndCellEditRerunsOnlyItsChapter() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)

        let draw = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md",
                         draw.replacingOccurrences(of: "squashes any number", with: "maps every number"))
        let prose = try runner.build()
        XCTAssertEqual(prose.status, 0, prose.stderr)
        XCTAssertTrue(prose.stdout.contains("0 ran, 2 reused"), prose.stdout)
        XCTAssertTrue(try runner.read("output/02-draw.html").contains("maps every number"))

        // A paragraph above the cell moves its lines, and so the program's line directives: the
        // chapter is still reused, and its program is not compiled ahead for nothing.
        let program = try runner.read(".glia-cache/work/02-draw/main.swift")
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(
            of: "# Drawing a figure\n", with: "# Drawing a figure\n\nA paragraph that moves the cell down.\n"))
        let moved = try runner.build()
        XCTAssertTrue(moved.stdout.contains("0 ran, 2 reused"), moved.stdout)
        XCTAssertEqual(try runner.read(".glia-cache/work/02-draw/main.swift"), program)

        try runner.write("chapters/02-draw.md",
                         draw.replacingOccurrences(of: "by: 0.1", with: "by: 0.2"))
        let cell = try runner.build()
        XCTAssertEqual(cell.status, 0, cell.stderr)
        XCTAssertTrue(cell.stdout.contains("run      chapters/02-draw.md (cell 1 (line 9) changed)"), cell.stdout)
        XCTAssertTrue(cell.stdout.contains("1 ran, 1 reused"), cell.stdout)
    }

    func testEditingAFileTheChapterReadsRerunsIt() throws {
        let runner = try GliaRunner(fixture: "data-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        XCTAssertTrue(try runner.read("output/01-sum.html").contains("add up to <span class=\"inline-value\">12</span>"))
        XCTAssertTrue(try runner.build().stdout.contains("0 ran, 1 reused"))

        try runner.write("data/values.txt", "10\n20\n")
        let run = try runner.build()

        XCTAssertTrue(run.stdout.contains("run      chapters/01-sum.md (the file it reads, data/values.txt, changed)"),
                      run.stdout)
        XCTAssertTrue(try runner.read("output/01-sum.html").contains("add up to <span class=\"inline-value\">30</span>"))
    }

    func testCorruptCacheEntryIsDetectedAndRebuilt() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        try runner.write(".glia-cache/results/01-train/entry.json", "{ half a json")
        try FileManager.default.removeItem(at: runner.url(".glia-cache/results/02-draw/figures/sigmoid.png"))

        let run = try runner.build()

        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("run      chapters/01-train.md (its cache entry is unreadable)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("run      chapters/02-draw.md (its figure file sigmoid.png is missing or damaged)"),
                      run.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("output/figures/02-draw/sigmoid.png").path))
    }

    func testSameSourcesGiveByteIdenticalSites() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build(["--output", "first"]).status, 0)
        XCTAssertEqual(try runner.build(["--output", "second", "--force"]).status, 0)
        try assertSameFiles(runner, "first", "second")
    }

    /// After a cell edit, the edited chapter's compile starts before the book is keyed, and the
    /// pages of the chapter that is reused are rendered and written while it runs; what lands
    /// in the output is what a fresh write gives.
    func testACellEditWritesTheSiteAFreshWriteGives() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        let draw = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(of: "by: 0.1", with: "by: 0.2"))

        let edited = try runner.build(["--explain"])

        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertNotNil(edited.stdout.range(of: #"write +\d+ files into .* of them while chapters ran"#,
                                            options: .regularExpression), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("compile started ahead"), "the saved chapter's compile: \(edited.stdout)")
        XCTAssertEqual(try runner.build(["--output", "fresh"]).status, 0)
        try assertSameFiles(runner, "output", "fresh")
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.url(".output.glia-new").path))
    }

    /// A run that fails after the site was written ahead leaves the last good site, and no
    /// staged one beside it.
    func testAFailedRunLeavesNoSiteWrittenAhead() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        let page = try runner.read("output/02-draw.html")
        let draw = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(of: "by: 0.1", with: "by: 0.0"))

        let failed = try runner.build()

        XCTAssertNotEqual(failed.status, 0, failed.stdout)
        XCTAssertEqual(try runner.read("output/02-draw.html"), page)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: runner.root.path).sorted(),
                       [".glia-cache", "chapters", "output"])
    }

    /// The chapter saved last starts compiling before the rest of the book is read; when
    /// another chapter does not parse, the build fails with that error and stops the compile,
    /// and the next build, once it is fixed, compiles and runs the edited chapter.
    func testACellEditBesideAChapterThatDoesNotParse() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        XCTAssertEqual(try runner.build().status, 0)
        let train = try runner.read("chapters/01-train.md")
        try runner.write("chapters/01-train.md", train.replacingOccurrences(of: "//| label: train-and",
                                                                           with: "//| label: train-and\n//| echo: maybe"))
        Thread.sleep(forTimeInterval: 0.05)  // the edited chapter is the one saved last
        let draw = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(of: "by: 0.1", with: "by: 0.2"))

        let failed = try runner.build()

        XCTAssertEqual(failed.status, 1, failed.stdout)
        XCTAssertTrue(failed.stderr.contains("chapters/01-train.md:11:1: error: cell option 'echo' must be true or false"),
                      failed.stderr)
        XCTAssertFalse(failed.stdout.contains("run      chapters/02-draw.md"), failed.stdout)
        try runner.write("chapters/01-train.md", train)
        Thread.sleep(forTimeInterval: 0.05)
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(of: "by: 0.1", with: "by: 0.25"))
        let fixed = try runner.build(["--explain"])
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        XCTAssertTrue(fixed.stdout.contains("1 ran, 1 reused"), fixed.stdout)
        XCTAssertTrue(fixed.stdout.contains("compile started ahead"), fixed.stdout)
    }

    private func assertSameFiles(_ runner: GliaRunner, _ first: String, _ second: String,
                                 line: UInt = #line) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: runner.url(first).path).sorted()
        XCTAssertEqual(files, try FileManager.default.subpathsOfDirectory(atPath: runner.url(second).path).sorted(),
                       line: line)
        for file in files {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: runner.url("\(first)/\(file)").path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            XCTAssertEqual(try Data(contentsOf: runner.url("\(first)/\(file)")),
                           try Data(contentsOf: runner.url("\(second)/\(file)")), file, line: line)
        }
    }

    func testExpectedErrorsAreShownOnThePage() throws {
        let runner = try GliaRunner(fixture: "error-cells")
        defer { runner.remove() }
        try FileManager.default.removeItem(at: runner.url("chapters/02-unexpected.md"))

        let run = try runner.build()

        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let page = try runner.read("output/01-expected.html")
        XCTAssertTrue(page.contains("cannot convert value of type"), "compile error shown")
        XCTAssertTrue(page.contains("Index out of range"), "crash shown")
        XCTAssertTrue(page.contains("about to fail"), "output before the crash kept")
        XCTAssertTrue(page.contains("still running"), "later cells still run")
        XCTAssertTrue(page.contains("42"), "inline value after the failing cells")
    }
}
