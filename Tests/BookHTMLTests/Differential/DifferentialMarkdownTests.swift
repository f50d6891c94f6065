import CCMark
import Foundation
import XCTest
@testable import BookCore
@testable import BookHTML

/// glia renders Markdown itself (it needs source positions, cells, math and figures), so its
/// pages are checked against the reference: for every example of the corpus (one CommonMark or
/// GFM construct per section) and for mutations of them, the page body glia writes must equal
/// the HTML that the linked libcmark-gfm renders, once the deliberate differences below are
/// undone. Any other difference is a bug.
///
/// Deliberate differences, undone by `normalize`:
/// - headings carry an `id` and a `#` anchor link, and their levels are shifted so the page's
///   highest becomes h2 (the page title is the h1): ids, anchors and levels are compared apart;
/// - code blocks are `<pre class="code" tabindex="0">` (focusable, so they scroll by keyboard);
/// - tables sit in a focusable `<div class="table-wrap">` and align with `style`, not `align`;
/// - images are lazy (`loading="lazy"`); task checkboxes are named with `aria-label`;
/// - void elements are HTML (`<br>`), not XHTML (`<br />`); quotes in text are not escaped, and
///   an apostrophe in an attribute is `&#39;` rather than `&#x27;`;
/// - loose list items open `<li><p>` on one line;
/// - glia's own syntax is not in the corpus: math, `{swift}` values, `@fig-`/`@sec-`/`@eq-`/
///   `@tbl-` references, `{#label}` after headings, display math and table captions, and
///   `> [!NOTE]` callouts;
/// - footnote back-links are named "Back to reference N" (cmark names them all "Back to
///   content"), and a label's spaces become `-` in ids.
final class DifferentialMarkdownTests: XCTestCase {
    private static func corpus() throws -> [String] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "corpus", withExtension: "md"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.components(separatedBy: "\n=====\n").map {
            $0.hasPrefix("<!--") ? String($0[$0.range(of: "-->\n")!.upperBound...]) : $0
        }
    }

    /// The reference: libcmark-gfm's own HTML renderer with glia's extensions.
    static func reference(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parser_feed(parser, $0, bytes.count)
            } }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        let html = cmark_render_html(root, CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES,
                                     cmark_parser_get_syntax_extensions(parser))!
        defer { free(html) }
        return String(cString: html)
    }

    /// glia's page body for the same Markdown, as a chapter without results.
    static func glia(_ markdown: String) -> String {
        let (parsed, _) = ChapterParser().parse("---\ntitle: Differential\n---\n" + markdown,
                                                path: "chapters/01-diff.md", number: 1)
        guard let chapter = parsed else { return "(no chapter)" }
        let catalog = FigureCatalog(pages: [chapter], isFrontPage: { _ in false }, results: [:])
        var renderer = PageRenderer(chapter: chapter, page: "01-diff.html", result: nil,
                                    catalog: catalog, bookRoot: "/nonexistent", slugs: ["01-diff"])
        return renderer.renderBody()
    }

    static func normalize(_ html: String) -> String {
        var out = html
        let rules: [(String, String)] = [
            (##"<a class="anchor" href="#[^"]*" aria-label="[^"]*">#</a>"##, ""),
            (##"<h([1-6]) id="[^"]*">"##, "<h>"), (##"<h[1-6]>"##, "<h>"), (##"</h[1-6]>"##, "</h>"),
            (##"<pre class="code" tabindex="0">"##, "<pre>"),
            (##"<div class="table-wrap"[^>]*>\n"##, ""),
            (##"</table>\n</div>"##, "</table>"),
            (##" style="text-align: (left|center|right)""##, ##" align="$1""##),
            (##" loading="lazy""##, ""), (##" />"##, ">"),
            (##"<input type="checkbox" checked disabled aria-label="done">"##,
             ##"<input type="checkbox" checked="" disabled="">"##),
            (##"<input type="checkbox" disabled aria-label="not done">"##,
             ##"<input type="checkbox" disabled="">"##),
            (##" aria-label="Back to (reference \d+( \(\d+\))?|content)""##, ""),
            ("&quot;", "\""), ("&#x27;", "'"), ("&#39;", "'"),
            (##"<li>\n"##, "<li>"), (##"\n</li>"##, "</li>"),
            // Table layout: cmark puts each cell on a line of its own.
            (##">\n<(/?)(t[rhd]|thead|tbody)"##, "><$1$2"),
            (##"(</?(?:t[rhd]|thead|tbody|table)>)\n"##, "$1"),
        ]
        for (pattern, replacement) in rules {
            out = out.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return out
    }

    func testEveryCorpusExampleMatchesTheReferenceRenderer() throws {
        for (number, example) in try Self.corpus().enumerated() {
            let expected = Self.normalize(Self.reference(example))
            let actual = Self.normalize(Self.glia(example))
            XCTAssertEqual(actual, expected, "corpus example \(number + 1):\n\(example)")
        }
    }

    /// Mutated examples (lines dropped, duplicated, swapped and cut; markers inserted), drawn
    /// from a seeded generator so a failure repeats. They must render like the reference too.
    func testMutatedExamplesMatchTheReferenceRenderer() throws {
        var generator = SeededGenerator(seed: 20261204)
        let markers = ["*", "_", "`", "[", "]", "(", ")", "<", ">", "|", "- ", "> ", "    ", "\\", "!", "#"]
        let corpus = try Self.corpus()
        var checked = 0
        for _ in 0..<400 {
            var lines = corpus.randomElement(using: &generator)!.components(separatedBy: "\n")
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                guard !lines.isEmpty else { break }
                let index = Int.random(in: 0..<lines.count, using: &generator)
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: lines.remove(at: index)
                case 1: lines.insert(lines[index], at: index)
                case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &generator))
                case 3: lines[index] = String(lines[index].prefix(Int.random(in: 0...max(0, lines[index].count), using: &generator)))
                default:
                    var line = Array(lines[index])
                    line.insert(contentsOf: markers.randomElement(using: &generator)!,
                                at: Int.random(in: 0...line.count, using: &generator))
                    lines[index] = String(line)
                }
            }
            let example = lines.joined(separator: "\n")
            // Math and inline values are glia's own syntax; the reference knows neither.
            if example.contains("$") || example.contains("{swift}") || example.contains("@") { continue }
            checked += 1
            XCTAssertEqual(Self.normalize(Self.glia(example)), Self.normalize(Self.reference(example)),
                           "mutated example:\n\(example)")
        }
        XCTAssertGreaterThan(checked, 300)
    }
}

/// SplitMix64: a small seeded generator, so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
