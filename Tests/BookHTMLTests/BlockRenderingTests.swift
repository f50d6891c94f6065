import XCTest
import BookCore
@testable import BookHTML

final class BlockRenderingTests: XCTestCase {
    private func html(_ blocks: Block...) -> String {
        TestBook.body(blocks).html
    }

    private func block(_ kind: BlockKind, line: Int = 3) -> Block {
        Block(kind, at: TestBook.at(line))
    }

    func testParagraphEscapesText() {
        XCTAssertEqual(html(block(.paragraph([.text("a < b & \"c\"")]))),
                       "<p>a &lt; b &amp; \"c\"</p>\n")
    }

    /// The page title is the only h1; the highest heading level in the chapter becomes h2 and
    /// the rest keep their distance, so `#` and `##` stay apart.
    func testHeadingLevelsKeepTheirOrderBelowTheTitle() {
        let out = html(block(.heading(level: 2, content: [.text("Why <ReLU>?")], id: "why-relu")),
                       block(.heading(level: 1, content: [.text("Late title")], id: "late")))
        XCTAssertEqual(out, """
            <h3 id="why-relu">Why &lt;ReLU&gt;?<a class="anchor" href="#why-relu" \
            aria-label="Link to Why &lt;ReLU&gt;?">#</a></h3>
            <h2 id="late">Late title<a class="anchor" href="#late" aria-label="Link to Late title">#</a></h2>

            """)
        XCTAssertTrue(html(block(.heading(level: 2, content: [.text("A")], id: "a")),
                           block(.heading(level: 3, content: [.text("B")], id: "b")))
                        .hasPrefix("<h2 id=\"a\">"), "a chapter starting at ## keeps h2")
    }

    func testLeadingTitleHeadingIsDropped() {
        let out = html(block(.heading(level: 1, content: [.text("Chapter 01-intro")], id: "t")),
                       block(.paragraph([.text("Body")])))
        XCTAssertEqual(out, "<p>Body</p>\n")
    }

    func testBlockQuoteListsAndRule() {
        let item = [block(.paragraph([.text("one")]))]
        let out = html(block(.blockQuote([block(.paragraph([.text("quoted")]))])),
                       block(.list(ordered: true, start: 3, tight: true, items: [ListItem(item), ListItem(item)])),
                       block(.list(ordered: false, start: 1, tight: false, items: [ListItem(item)])),
                       block(.thematicBreak))
        XCTAssertEqual(out, """
            <blockquote>
            <p>quoted</p>
            </blockquote>
            <ol start="3">
            <li>one</li>
            <li>one</li>
            </ol>
            <ul>
            <li><p>one</p></li>
            </ul>
            <hr>

            """)
    }

    func testCodeBlocksAreEscapedWithLanguageClass() {
        let out = html(block(.code(language: "python", text: "if a < b:\n    print('x')\n")),
                       block(.code(language: "", text: "plain & simple\n")))
        XCTAssertEqual(out, """
            <pre class="code" tabindex="0"><code class="language-python">if a &lt; b:
                print('x')
            </code></pre>
            <pre class="code" tabindex="0"><code>plain &amp; simple
            </code></pre>

            """)
    }

    func testSwiftCodeBlockIsHighlighted() {
        let out = html(block(.code(language: "swift", text: "let x = 1\n")))
        XCTAssertEqual(out, "<pre class=\"code\" tabindex=\"0\"><code class=\"language-swift\">"
            + "<span class=k>let</span> x = <span class=n>1</span></code></pre>\n")
    }

    func testRawHTMLPassesThrough() {
        XCTAssertEqual(html(block(.html("<div class=\"note\">Hi</div>"))),
                       "<div class=\"note\">Hi</div>\n")
        XCTAssertEqual(html(block(.paragraph([.text("a"), .html("<kbd>"), .text("b")]))),
                       "<p>a<kbd>b</p>\n")
    }

    func testDisplayMathIsEscapedAndNoted() {
        let (out, renderer) = TestBook.body([block(.math("a < b \\\\ c"), line: 9)])
        XCTAssertEqual(out, "<div class=\"math display\" tabindex=\"0\">a &lt; b \\\\ c</div>\n")
        XCTAssertEqual(renderer.firstMath, TestBook.at(9))
    }

    func testTableWithAlignments() {
        let table = Table(alignments: [.left, .center, .right, .none],
                          header: [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
                          rows: [[[.text("1")], [.emphasis([.text("2")])], [.text("3")], []]])
        XCTAssertEqual(html(block(.table(table))), """
            <div class="table-wrap" tabindex="0" role="region" aria-label="Table: a, b, c, d">
            <table>
            <thead>
            <tr><th style="text-align: left">a</th><th style="text-align: center">b</th>\
            <th style="text-align: right">c</th><th>d</th></tr>
            </thead>
            <tbody>
            <tr><td style="text-align: left">1</td><td style="text-align: center"><em>2</em></td>\
            <td style="text-align: right">3</td><td></td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    func testEveryInlineKind() {
        let inlines: [Inline] = [
            .text("t&"), .code("a<b"), .emphasis([.text("e")]), .strong([.text("s")]),
            .strikethrough([.text("x")]), .softBreak,
            .link(url: "https://x.org/?a=1&b=\"2\"", title: "T\"", content: [.text("l")]),
            .lineBreak, .image(url: "https://x.org/i.png", title: "", alt: [.text("an \"i\"")]),
            .math("x^2 < 1"), .link(url: "02-relu.md#units", title: "", content: [.text("r")]),
        ]
        let (out, renderer) = TestBook.body([block(.paragraph(inlines))])
        XCTAssertEqual(out, """
            <p>t&amp;<code>a&lt;b</code><em>e</em><strong>s</strong><del>x</del>
            <a href="https://x.org/?a=1&amp;b=%222%22" title="T&quot;">l</a><br>
            <img src="https://x.org/i.png" alt="an &quot;i&quot;" loading="lazy">\
            <span class="math inline">x^2 &lt; 1</span><a href="02-relu.md#units">r</a></p>

            """)
        XCTAssertNotNil(renderer.firstMath)
    }

    func testLinksToChapterMarkdownGoToTheirPages() {
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [
            block(.paragraph([.link(url: "02-relu.md#units", title: "", content: [.text("r")]),
                              .link(url: "../notes.md", title: "", content: [.text("n")])])),
        ])
        let catalog = FigureCatalog(pages: [chapter], isFrontPage: { _ in false }, results: [:])
        var renderer = PageRenderer(chapter: chapter, page: chapter.pageName, result: nil,
                                    catalog: catalog, bookRoot: "/book",
                                    slugs: ["01-intro", "02-relu"])
        XCTAssertEqual(renderer.renderBody(),
                       "<p><a href=\"02-relu.html#units\">r</a><a href=\"../notes.md\">n</a></p>\n")
        XCTAssertEqual(renderer.diagnostics.map(\.description), [
            "chapters/01-intro.md:3:1: warning: link to '../notes.md' points to no page of this book",
        ])
    }

    func testLinksToPagesTheBookLacksAreWarnings() {
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: [
            block(.paragraph([.link(url: "04-missing.html", title: "", content: [.text("m")]),
                              .link(url: "01-intro.html#top", title: "", content: [.text("ok")]),
                              .link(url: "index.html", title: "", content: [.text("home")])]),
                  line: 7),
        ])
        let catalog = FigureCatalog(pages: [chapter], isFrontPage: { _ in false }, results: [:])
        var renderer = PageRenderer(chapter: chapter, page: chapter.pageName, result: nil,
                                    catalog: catalog, bookRoot: "/book", slugs: ["01-intro"])
        _ = renderer.renderBody()
        XCTAssertEqual(renderer.diagnostics.map(\.description), [
            "chapters/01-intro.md:7:1: warning: link to '04-missing.html' points to no page of this book",
        ])
    }

    func testMissingLocalImageIsAWarning() {
        let (out, renderer) = TestBook.body([
            block(.paragraph([.image(url: "img/none.png", title: "", alt: [.text("x")])]), line: 12),
        ])
        XCTAssertTrue(out.contains("<img src=\"img/none.png\" alt=\"x\" loading=\"lazy\">"))
        XCTAssertEqual(renderer.diagnostics.map(\.description), [
            "chapters/01-intro.md:12:1: warning: image 'img/none.png' not found at "
                + "/book/chapters/img/none.png",
        ])
    }
}
