import Foundation
import XCTest

/// After a rebuild glia lists the figures whose pixels changed, were added or removed, and
/// the inline values that changed; `--check-figures` guards a committed baseline.
final class FigureChangeTests: XCTestCase {
    private var runner: GliaRunner!

    override func setUpWithError() throws {
        runner = try GliaRunner(fixture: "toy-book")
        XCTAssertEqual(try runner.build().status, 0)
    }

    override func tearDown() {
        runner?.remove()
    }

    private func edit(_ chapter: String, _ old: String, _ new: String) throws {
        let text = try runner.read(chapter)
        XCTAssertTrue(text.contains(old), old)
        try runner.write(chapter, text.replacingOccurrences(of: old, with: new))
    }

    /// The lines of the compare stage: "changed  Figure …", "added    …", "removed  …".
    private func changeLines(_ run: GliaRunner.Run) -> [String] {
        run.stdout.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("  changed ") || $0.hasPrefix("  added ") || $0.hasPrefix("  removed ")
        }
    }

    func testAChangedFigureIsListedWithItsShareOfPixelsAndShownBeforeAndAfter() throws {
        try edit("chapters/02-draw.md", "exp(-$0)", "exp(-2 * $0)")
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = changeLines(run)
        XCTAssertEqual(lines.count, 1, run.stdout)
        XCTAssertTrue(lines[0].hasPrefix("  changed  Figure 2.1 (sigmoid) changed: "), lines[0])
        XCTAssertTrue(lines[0].contains("% of pixels, around x "), lines[0])
        let page = try runner.read("output/changes.html")
        XCTAssertTrue(page.contains("changes/02-draw/sigmoid-before.png"))
        XCTAssertTrue(page.contains("changes/02-draw/sigmoid-diff.png"))
        XCTAssertTrue(page.contains("figures/02-draw/sigmoid.png"))
        XCTAssertTrue(page.contains("cell 1 (line 9) changed"), "the reason the chapter ran")
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("output/changes/02-draw/sigmoid-diff.png").path))
        XCTAssertTrue(try runner.read("output/index.html").contains("href=\"changes.html\""))
    }

    /// A figure drawn at another size is all changed, and says both sizes.
    func testAFigureDrawnAtAnotherSizeIsListedWithBothSizes() throws {
        try edit("chapters/02-draw.md", "show(LineChart(x: xs, y: ys, xLabel: \"z\", yLabel: \"g(z)\"), name: \"sigmoid\")",
                 "var taller = try LineChart(x: xs, y: ys, xLabel: \"z\", yLabel: \"g(z)\").makeFigure()\n"
                 + "taller.height = 420\nshow(taller, name: \"sigmoid\")")
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(changeLines(run), ["  changed  Figure 2.1 (sigmoid) changed: 100.0 % of pixels, size 640×400 → 640×420"],
                       run.stdout)
        XCTAssertTrue(try runner.read("output/changes.html").contains("changes/02-draw/sigmoid-before.png"))
    }

    func testFiguresDrawnAgainIdenticallyAndProseEditsAreNotListed() throws {
        try edit("chapters/02-draw.md", "let xs = ", "print(\"again\")\nlet xs = ")
        let rerun = try runner.build()
        XCTAssertTrue(rerun.stdout.contains("run      chapters/02-draw.md"), rerun.stdout)
        XCTAssertEqual(changeLines(rerun), [])
        XCTAssertTrue(rerun.stdout.contains("compare  no figure or number changed"), rerun.stdout)
        XCTAssertFalse(try runner.read("output/index.html").contains("changes.html"),
                       "no link while nothing changed")
        try edit("chapters/02-draw.md", "The sigmoid squashes", "The logistic sigmoid squashes")
        let prose = try runner.build()
        XCTAssertEqual(changeLines(prose), [])
        XCTAssertFalse(prose.stdout.contains("compare "), "nothing ran, nothing compared")
    }

    /// The inode of a file, which changes when the file is written anew.
    private func inode(_ relative: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: runner.url(relative).path)
        return try XCTUnwrap((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    func testAFigureDrawnAsBeforeIsLinkedFromTheLastRunAndAChangedOneIsDrawnAgain() throws {
        let file = "output/figures/02-draw/sigmoid-dark@2x.png"
        let store = runner.url(".glia-cache/work/02-draw/figure-store").path
        let first = try inode(file)
        func stored() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: store).filter { $0 != "stored-files" }
        }
        XCTAssertEqual(try stored().count, 9, "SVG, 4 PNGs and 4 phone PNGs of the one figure")
        try edit("chapters/02-draw.md", "let xs = ", "print(\"again\")\nlet xs = ")
        let rerun = try runner.build()
        XCTAssertTrue(rerun.stdout.contains("run      chapters/02-draw.md"), rerun.stdout)
        XCTAssertEqual(try inode(file), first, "the same figure is linked, not drawn again")

        try edit("chapters/02-draw.md", "exp(-$0)", "exp(-2 * $0)")
        XCTAssertEqual(try runner.build().status, 0)
        XCTAssertNotEqual(try inode(file), first, "a changed figure is drawn again")
        let kept = try stored()
        XCTAssertEqual(kept.count, 9, "the store keeps only the last run's files: \(kept)")
    }

    func testAFigureFileChangedInPlaceInTheSiteIsDrawnAgain() throws {
        // The site's figure files are links to the cache's and the runtime's kept files.
        let file = "output/figures/02-draw/sigmoid@2x.png"
        let drawn = try XCTUnwrap(FileManager.default.contents(atPath: runner.url(file).path))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: runner.url(file).path))
        try handle.write(contentsOf: Data("not a PNG".utf8))
        try handle.close()
        try edit("chapters/02-draw.md", "let xs = ", "print(\"again\")\nlet xs = ")
        XCTAssertEqual(try runner.build().status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: runner.url(file).path), drawn,
                       "the damaged file is not reused: the figure is drawn again")
    }

    func testAFigureWhoseSVGWasLeftOutOfTheSiteIsChangedNotAdded() throws {
        // An SVG over 2 MB is left out of the site; the figure is still there as PNGs.
        try FileManager.default.removeItem(at: runner.url("output/figures/02-draw/sigmoid.svg"))
        try edit("chapters/02-draw.md", "exp(-$0)", "exp(-2 * $0)")
        let run = try runner.build()
        let lines = changeLines(run)
        XCTAssertEqual(lines.count, 1, run.stdout)
        XCTAssertTrue(lines.first?.hasPrefix("  changed  Figure 2.1 (sigmoid) changed: ") ?? false, run.stdout)
    }

    func testAddedAndRemovedFiguresAndChangedNumbersAreListed() throws {
        try edit("chapters/02-draw.md", "name: \"sigmoid\")",
                 "name: \"sigmoid\")\nshow(LineChart(x: xs, y: xs.map { $0 / 6 }), name: \"line\", alt: \"A line\")")
        let added = try runner.build()
        XCTAssertEqual(changeLines(added), ["  added    Figure 2.2 (line) added"], added.stdout)

        try edit("chapters/02-draw.md", "show(LineChart(x: xs, y: xs.map { $0 / 6 }), name: \"line\", alt: \"A line\")", "")
        let removed = try runner.build()
        XCTAssertEqual(changeLines(removed), ["  removed  Figure – (line) removed"], removed.stdout)
        XCTAssertTrue(try runner.read("output/changes.html").contains("changes/02-draw/line-before.png"))

        try edit("chapters/01-train.md", "epochs: 300", "epochs: 30")
        let numbers = try runner.build()
        XCTAssertTrue(numbers.stdout.contains("  changed  chapters/01-train.md:19:"), numbers.stdout)
        XCTAssertTrue(numbers.stdout.contains("`{swift} fmt(history.loss.last!, 4)`"), numbers.stdout)
        XCTAssertTrue(try runner.read("output/changes.html").contains("Numbers in the prose"))
    }

    func testCheckFiguresFailsOnAChangeUntilItIsAccepted() throws {
        XCTAssertEqual(try runner.build(["--accept-figures"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: runner.url("figures-baseline/02-draw/sigmoid.png").path))
        XCTAssertEqual(try runner.build(["--check-figures"]).status, 0)

        try edit("chapters/02-draw.md", "exp(-$0)", "exp(-2 * $0)")
        try runner.write("output/marker.txt", "kept")
        let failed = try runner.build(["--check-figures"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("chapters/02-draw.md:9:1: error: figure 'sigmoid' differs from its "
                                             + "baseline figures-baseline/02-draw/sigmoid.png: "), failed.stderr)
        XCTAssertTrue(failed.stderr.contains("run 'glia build --accept-figures'"), failed.stderr)
        XCTAssertEqual(try runner.read("output/marker.txt"), "kept", "a failed check writes nothing")

        XCTAssertEqual(try runner.build(["--accept-figures"]).status, 0)
        XCTAssertEqual(try runner.build(["--check-figures"]).status, 0)
    }

    /// Captions, alt text and echo/output change what the page shows, not what runs.
    func testPresentationOptionsReRenderWithoutRunning() throws {
        try edit("chapters/02-draw.md", "//| fig-cap: The sigmoid function.",
                 "//| fig-cap: The logistic sigmoid.\n//| echo: false")
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("reuse    chapters/02-draw.md (only presentation options changed "
                                          + "(cell 1 (line 9)): re-rendered, not run)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("(0 ran, 2 reused)"), run.stdout)
        let page = try runner.read("output/02-draw.html")
        XCTAssertTrue(page.contains("The logistic sigmoid."))
        XCTAssertFalse(page.contains("class=\"cell-code\""), "echo: false hides the code")
        let again = try runner.build(["--explain"])
        XCTAssertTrue(again.stdout.contains("reuse    chapters/02-draw.md (cells, runtime"), again.stdout)
    }

    func testTheFirstBuildHasNothingToCompare() throws {
        let fresh = try GliaRunner(fixture: "toy-book")
        defer { fresh.remove() }
        try FileManager.default.createDirectory(at: fresh.url("output"), withIntermediateDirectories: true)
        try fresh.write("output/.gitkeep", "")
        let run = try fresh.build()
        XCTAssertEqual(changeLines(run), [], run.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.url("output/changes.html").path))
    }
}
