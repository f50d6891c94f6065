import Foundation
import XCTest

/// `explore` in a real chapter: every frame drawn (light and dark), the page's sliders, alt
/// text per frame from a `fig-alt` template, and the errors an author can make.
final class ExplorableTests: XCTestCase {
    private let chapter = """
        # Steps

        @fig-steps moves a line.

        ```swift
        //| fig-cap: A line whose slope the reader picks.
        //| fig-alt: A straight line of slope {slope} and offset {offset}.
        explore(Slider("slope", values: [1, 2, 3], initial: 2),
                Slider("offset", values: [0.0, 0.5], label: { "\\($0) up" }),
                name: "steps") { slope, offset in
            LineChart(x: [0, 1], y: [offset, Double(slope) + offset])
        }
        ```

        """

    func testEveryFrameIsDrawnAndThePageCanMoveThroughThem() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        try runner.write("chapters/02-draw.md", chapter)
        let run = try runner.build()
        XCTAssertEqual(run.status, 0, run.stderr)
        let figures = runner.url("output/figures/02-draw").path
        for frame in 0..<6 {
            for suffix in [".png", "@2x.png", ".svg", "-dark.png", "-dark@2x.png"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: "\(figures)/steps.\(frame)\(suffix)"),
                              "steps.\(frame)\(suffix)")
            }
        }
        // Each frame is its own drawing: the slope-1 and slope-3 lines differ, and the dark
        // frame is not the light one.
        func bytes(_ file: String) -> Data? { FileManager.default.contents(atPath: "\(figures)/\(file)") }
        XCTAssertNotEqual(bytes("steps.0.png"), bytes("steps.4.png"))
        XCTAssertNotEqual(bytes("steps.0.png"), bytes("steps.0-dark.png"))
        let page = try runner.read("output/02-draw.html")
        // Slope 2 (index 1) and offset 0 (index 0): frame 1 × 2 + 0 = 2.
        XCTAssertTrue(page.contains("class=\"cell-figure explorable\" data-frame-file=\"steps\" "
                                    + "data-frame=\"2\""), page)
        XCTAssertTrue(page.contains("<img src=\"figures/02-draw/steps.2.png\""), page)
        XCTAssertTrue(page.contains("alt=\"A straight line of slope 2 and offset 0.0 up.\""), page)
        XCTAssertTrue(page.contains("aria-valuetext=\"0.5 up\"") == false)
        XCTAssertTrue(page.contains("data-labels=\"[&quot;0.0 up&quot;,&quot;0.5 up&quot;]\""), page)
        XCTAssertTrue(page.contains("Figure 2.1"), page)
    }

    func testFramesOfDifferentSizesAndReservedNamesAreErrorsAtTheCell() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        try runner.write("chapters/02-draw.md", """
            # Bad

            ```swift
            //| fig-alt: Lines.
            explore("width", values: [300, 400], name: "sizes") { w in
                Figure(Axes(), width: w, height: 200)
            }
            ```

            """)
        let run = try runner.build()
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("chapters/02-draw.md:3:1: error: explorable figure 'sizes': "
                                          + "frame 2 is 400×200 but the first is 300×200; give every "
                                          + "frame the same size"), run.stderr)

        // A name the variants' files would clash with is found before anything runs.
        try runner.write("chapters/02-draw.md", """
            # Bad

            ```swift
            //| fig-alt: A line.
            show(LineChart(x: [0, 1], y: [0, 1]), name: "line-dark")
            ```

            """)
        let named = try runner.build()
        XCTAssertNotEqual(named.status, 0)
        XCTAssertTrue(named.stderr.contains("chapters/02-draw.md:5:39: error: figure name 'line-dark' "
                                            + "may not end in '-dark'"), named.stderr)
    }
}
