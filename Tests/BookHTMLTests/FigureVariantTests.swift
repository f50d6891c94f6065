import XCTest
import BookCore
@testable import BookHTML

/// Figures drawn for dark pages and explorable figures, as HTML.
final class FigureVariantTests: XCTestCase {
    private let file = "chapters/01-intro.md"

    private func render(_ figure: FigureOutput, figAlt: String? = nil) throws -> (String, PageRenderer) {
        let directory = try TestBook.figureDirectory([figure])
        let cell = TestBook.cell(0, code: "show(x)\n", fenceLine: 5, file: file) { $0.figAlt = figAlt }
        let result = ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                   figureDirectory: directory)
        return TestBook.body([Block(.cell(0), at: TestBook.at(5))], cells: [cell], result: result)
    }

    private func withDark(_ figure: FigureOutput, stem: String) -> FigureOutput {
        var figure = figure
        figure.dark = DarkFigure(png: "\(stem)-dark.png", png2x: "\(stem)-dark@2x.png")
        return figure
    }

    func testDarkDrawingsAreSourcesForDarkScreensOnly() throws {
        var figure = withDark(TestBook.figure("units"), stem: "units")
        figure.narrow = NarrowFigure(width: 420, height: 900, png: "units-narrow.png",
                                     png2x: "units-narrow@2x.png", darkPNG: "units-narrow-dark.png",
                                     darkPNG2x: "units-narrow-dark@2x.png")
        let (html, renderer) = try render(figure)
        // Phone dark first, then phone, then dark, then the light image: the first match wins.
        let order = ["units-narrow-dark.png 1x", "units-narrow.png 1x", "units-dark.png 1x", "<img src"]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), html)
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), html)
        XCTAssertTrue(html.contains("<source media=\"screen and (prefers-color-scheme: dark) and "
                                    + "(max-width: 40rem)\" data-scheme=\"dark\" "
                                    + "data-media=\"(max-width: 40rem)\""), html)
        XCTAssertTrue(html.contains("<source media=\"screen and (prefers-color-scheme: dark)\" "
                                    + "data-scheme=\"dark\" data-media=\"\""), html)
        let copied = Set(renderer.files.map(\.path))
        for name in ["units-dark.png", "units-dark@2x.png", "units-narrow-dark@2x.png"] {
            XCTAssertTrue(copied.contains("figures/01-intro/" + name), name)
        }
    }

    func testAnSVGOverTwoMegabytesIsLeftOutAndTheCaptionSaysSo() throws {
        let entry = FigureCatalog.Entry(label: "fig-cloud", number: "4.2", page: "04.html",
                                        figure: TestBook.figure("cloud"),
                                        cell: TestBook.cell(0, code: "", fenceLine: 5, file: file),
                                        caption: nil, alt: "Points")
        let large = FigureHTML(entry: entry, folder: "figures/04/", captionHTML: nil, svgBytes: 9_581_929).html
        XCTAssertFalse(large.contains(".svg"), large)
        XCTAssertTrue(large.contains("aria-label=\"Figure 4.2 as PNG 2×\">PNG 2×</a>; no SVG, which would be 9.6 MB)"), large)
        let small = FigureHTML(entry: entry, folder: "figures/04/", captionHTML: nil, svgBytes: 120_000).html
        XCTAssertTrue(small.contains("aria-label=\"Figure 4.2 as SVG\">SVG</a>, <a "), small)
    }

    private func explorable(frames: Int, alt: (Int) -> String?) -> FigureOutput {
        let labels = (0..<frames).map { "step \($0 * 10)" }
        let frameOutputs = (0..<frames).map { index in
            withDark(FigureOutput(name: "kinks", caption: nil, alt: alt(index), width: 640, height: 400,
                                  svg: "kinks.\(index).svg", png: "kinks.\(index).png",
                                  png2x: "kinks.\(index)@2x.png"), stem: "kinks.\(index)")
        }
        let layout = ExplorableFigure(controls: [.init(name: "training step", labels: labels, initial: min(2, frames - 1))],
                                      frames: frameOutputs.map(ExplorableFigure.Frame.init))
        var figure = frameOutputs[min(2, frames - 1)]
        figure.caption = "Kinks move"
        figure.explorable = layout
        return figure
    }

    func testExplorableFigureShowsItsInitialFrameAndASlider() throws {
        let (html, renderer) = try render(explorable(frames: 4, alt: { _ in nil }),
                                          figAlt: "Kinks after {training step}")
        XCTAssertTrue(html.contains("<figure id=\"fig-kinks\" class=\"cell-figure explorable\" "
                                    + "data-frame-file=\"kinks\" data-frame=\"2\""), html)
        XCTAssertTrue(html.contains("<img src=\"figures/01-intro/kinks.2.png\""), html)
        XCTAssertTrue(html.contains("alt=\"Kinks after step 20\"></picture>"), html)
        XCTAssertTrue(html.contains("<div class=\"explore-controls\" hidden>"), "shown by the script only")
        XCTAssertTrue(html.contains("<label for=\"fig-kinks-slider-0\">training step</label>"
                                    + "<input type=\"range\" id=\"fig-kinks-slider-0\" min=\"0\" max=\"3\" "
                                    + "step=\"1\" value=\"2\" aria-valuetext=\"step 20\""), html)
        XCTAssertTrue(html.contains("<output for=\"fig-kinks-slider-0\">step 20</output>"), html)
        XCTAssertTrue(html.contains("data-alts=\"figures/01-intro/kinks.alts.js\""), html)
        XCTAssertFalse(html.contains("Kinks after step 0"), "other frames' alt texts stay out of the page")
        let alts = try XCTUnwrap(renderer.files.first { $0.path == "figures/01-intro/kinks.alts.js" })
        XCTAssertEqual(alts.contents, .bytes(Array(("(window.gliaFrameAlts = window.gliaFrameAlts || {})"
            + "[\"figures\\/01-intro\\/kinks\"] = [\"Kinks after step 0\",\"Kinks after step 10\","
            + "\"Kinks after step 20\",\"Kinks after step 30\"];\n").utf8)))
        XCTAssertEqual(renderer.files.filter { $0.path.hasSuffix(".png") }.count, 16,
                       "every frame's light and dark PNGs at 1× and 2× are published")
        XCTAssertEqual(renderer.diagnostics, [])
    }

    func testAltTemplateNamingAnUnknownSliderIsAnError() throws {
        let figure = explorable(frames: 2, alt: { _ in nil })
        let cell = TestBook.cell(0, code: "explore()\n", fenceLine: 5, file: file) { $0.figAlt = "After {epoch}" }
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [], cells: [cell])
        let catalog = FigureCatalog(pages: [chapter], isFrontPage: { _ in false }, results: [
            "01-intro": ChapterResult(cells: [CellResult(figures: [figure])], inlineValues: [],
                                      figureDirectory: "/nowhere"),
        ])
        XCTAssertEqual(catalog.diagnostics.map(\.description), [
            "chapters/01-intro.md:5:1: error: fig-alt names {epoch}, which is not one of this "
                + "explorable figure's sliders: use {training step}",
        ])
    }

    func testFrameAltTextFromCodeWins() throws {
        let (html, _) = try render(explorable(frames: 3, alt: { "Frame \($0)" }), figAlt: "ignored {x}")
        XCTAssertTrue(html.contains("alt=\"Frame 2\"></picture>"), html)
    }
}
