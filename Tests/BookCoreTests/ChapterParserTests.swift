import XCTest
@testable import BookCore

final class ChapterParserTests: XCTestCase {
    private func parse(_ source: String) -> (Chapter?, [Diagnostic]) {
        ChapterParser().parse(source, path: "chapters/01-test.md", number: 1)
    }

    func testFrontMatterTitleAndLineNumbersOfCells() throws {
        let source = """
        ---
        title: The neuron
        ---

        Some prose.

        ```swift
        //| label: first
        //| echo: false
        let x = 1
        print(x)
        ```
        """
        let (chapter, diagnostics) = parse(source)
        XCTAssertEqual(diagnostics, [])
        let parsed = try XCTUnwrap(chapter)
        XCTAssertEqual(parsed.title, "The neuron")
        XCTAssertEqual(parsed.cells.count, 1)
        let cell = parsed.cells[0]
        XCTAssertEqual(cell.fence, SourceLocation(file: "chapters/01-test.md", line: 7, column: 1))
        XCTAssertEqual(cell.firstLine, 8)
        XCTAssertEqual(cell.lastLine, 11)
        XCTAssertEqual(cell.options.label, "first")
        XCTAssertFalse(cell.options.echo)
        XCTAssertEqual(cell.code, "let x = 1\nprint(x)")
        XCTAssertEqual(parsed.blocks.map(\.location.line), [5, 7])
    }

    func testUnknownOptionAndBadValueAreErrorsAtTheirLines() {
        let source = """
        # T

        ```swift
        //| echoo: false
        //| timeout: soon
        1
        ```
        """
        let (_, diagnostics) = parse(source)
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-test.md:4:1: error: unknown cell option 'echoo' (did you mean 'echo'?); "
                + "known options: label, echo, eval, output, error, fig-cap, fig-alt, fig-column, timeout, code-fold",
            "chapters/01-test.md:5:1: error: cell option 'timeout' must be a positive number of "
                + "seconds, not 'soon'",
        ])
    }

    func testUnterminatedFenceIsAnError() {
        let (_, diagnostics) = parse("# T\n\ntext\n\n```swift\nlet a = 1\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-test.md:5:1: error: code block opened here is never closed: add a line "
                + "with ``` after its code",
        ])
    }

    func testBadFrontMatterPointsAtTheYamlLine() {
        let (chapter, diagnostics) = parse("---\ntitle: ok\n  bad: [\n---\n\ntext\n")
        XCTAssertNil(chapter)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].description.hasPrefix("chapters/01-test.md:"),
                      diagnostics[0].description)
        XCTAssertTrue(diagnostics[0].message.hasPrefix("bad front matter"))
    }

    func testUnclosedFrontMatter() {
        let (_, diagnostics) = parse("---\ntitle: x\n\ntext\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "chapters/01-test.md:1:1: error: front matter starts with '---' but never ends: "
                + "add a '---' line after it",
        ])
    }

    func testMathInlineValuesAndCrossReferences() throws {
        let source = """
        # T

        A neuron computes $z = w_1 x_1 + b$, costs \\$5, see @fig-boundary.

        ```swift
        let accuracy = 0.5
        ```

        Accuracy was `{swift} accuracy * 100` percent; `code $x$` stays.

        $$
        a = g(z)
        $$
        """
        let (chapter, diagnostics) = parse(source)
        XCTAssertEqual(diagnostics, [])
        let parsed = try XCTUnwrap(chapter)
        guard case .paragraph(let first) = parsed.blocks[1].kind else { return XCTFail() }
        XCTAssertEqual(first, [
            .text("A neuron computes "), .math("z = w_1 x_1 + b"), .text(", costs $5, see "),
            .crossReference(label: "fig-boundary",
                            location: SourceLocation(file: "chapters/01-test.md", line: 3, column: 53)),
            .text("."),
        ])
        XCTAssertEqual(parsed.inlineExpressions, [
            InlineExpression(index: 0, code: "accuracy * 100",
                             location: SourceLocation(file: "chapters/01-test.md", line: 9, column: 23),
                             afterCell: 0),
        ])
        guard case .paragraph(let second) = parsed.blocks[3].kind else { return XCTFail() }
        XCTAssertTrue(second.contains(.code("code $x$")))
        XCTAssertEqual(parsed.blocks[4].kind, .math("a = g(z)"))
        XCTAssertEqual(parsed.blocks[4].location.line, 11)
    }

    /// An inline value's column is where its expression starts, even when the expression's
    /// text is also found earlier in the span (`f` in `{swift}`).
    func testInlineValueColumnIsWhereTheExpressionStarts() throws {
        let (chapter, _) = parse("# T\n\nValue `{swift}  f` here.\n")
        XCTAssertEqual(try XCTUnwrap(chapter).inlineExpressions.map(\.location.column), [17])
    }

    /// A trailing `{#label}`, with the white space around it, is taken off the content.
    func testTrailingLabels() {
        func label(_ text: String) -> (String?, String?) {
            let (content, label) = BlockConverter.trailingLabel([.code("c"), .text(text)])
            guard case .text(let rest)? = content.last else { return (nil, label) }
            return (rest, label)
        }
        XCTAssertTrue(label("Results {#tbl-results} ") == ("Results", "tbl-results"))
        XCTAssertTrue(label(" {#a}") == (nil, "a"), "text that was only the label goes")
        XCTAssertTrue(label("a\u{00A0}{#x_1-y}") == ("a", "x_1-y"))
        XCTAssertTrue(label("a {#x y}") == ("a {#x y}", nil))
        XCTAssertTrue(label("a {#}") == ("a {#}", nil))
        XCTAssertTrue(label("a {#é}") == ("a {#é}", nil))
        XCTAssertTrue(label("a {x}") == ("a {x}", nil))
        XCTAssertTrue(label("{#a} b") == ("{#a} b", nil))
    }

    func testDroppingTheFinalNewlineDropsOneCharacter() {
        XCTAssertEqual(["a\n", "a", "\n", "é\n\n", "a\r\n", ""].map(\.droppingFinalNewline),
                       ["a", "a", "", "é\n", "a\r\n", ""])
    }

    func testTrimmingSpacesIsFoundationsWhitespaceTrim() {
        for text in ["  a b\t", "\u{00A0}x\u{2003}", "\u{200B}y\u{200B}", "\nz\n", " \t ", "", "é "] {
            XCTAssertEqual(text.trimmingSpaces, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
    }

    func testHeadingIDsAreUniqueAndTablesKeepAlignment() throws {
        let source = "# A\n\n## Why ReLU?\n\n## Why ReLU?\n\n| x | y |\n|:--|--:|\n| 1 | 2 |\n"
        let (chapter, _) = parse(source)
        let blocks = try XCTUnwrap(chapter).blocks
        XCTAssertEqual(blocks[1].kind, .heading(level: 2, content: [.text("Why ReLU?")], id: "why-relu"))
        XCTAssertEqual(blocks[2].kind, .heading(level: 2, content: [.text("Why ReLU?")], id: "why-relu-1"))
        guard case .table(let table) = blocks[3].kind else { return XCTFail("no table") }
        XCTAssertEqual(table.alignments, [.left, .right])
        XCTAssertEqual(table.header, [[.text("x")], [.text("y")]])
        XCTAssertEqual(table.rows, [[[.text("1")], [.text("2")]]])
    }

    func testOtherLanguagesAreNotCells() throws {
        let (chapter, _) = parse("# T\n\n```python\nprint(1)\n```\n")
        let parsed = try XCTUnwrap(chapter)
        XCTAssertTrue(parsed.cells.isEmpty)
        XCTAssertEqual(parsed.blocks[1].kind, .code(language: "python", text: "print(1)\n"))
    }

    /// `$` is math only in prose: code, raw HTML and link destinations keep it byte for byte.
    func testDollarsOutsideProseAreLeftAlone() throws {
        let source = """
        # Dollars

        Math $x$ here.

            echo $HOME/$USER and $$a$$

        <div title="$a$">$5 and $b$</div>

        [link](http://example.org/$a$b "t $x$") and <http://example.org/$y$>

        ![img](pic-$n$.png)
        """
        let chapter = try XCTUnwrap(parse(source).0)
        let kinds = chapter.blocks.map(\.kind)
        XCTAssertEqual(kinds[2], .code(language: "", text: "echo $HOME/$USER and $$a$$\n"))
        XCTAssertEqual(kinds[3], .html("<div title=\"$a$\">$5 and $b$</div>\n"))
        guard case .paragraph(let inlines) = kinds[4] else { return XCTFail("\(kinds[4])") }
        XCTAssertEqual(inlines.compactMap { inline -> String? in
            if case .link(let url, let title, _) = inline { return url + "|" + title }
            return nil
        }, ["http://example.org/$a$b|t $x$", "http://example.org/$y$|"])
        guard case .paragraph(let image) = kinds[5], case .image(let url, _, _)? = image.first else {
            return XCTFail("\(kinds[5])")
        }
        XCTAssertEqual(url, "pic-$n$.png")
        guard case .paragraph(let prose) = kinds[1] else { return XCTFail() }
        XCTAssertTrue(prose.contains(.math("x")), "\(prose)")
    }

    /// cmark parses any depth; glia bounds its own tree once, with a located error, so no later
    /// walk (render, search, captions) can overflow the stack.
    func testDeepNestingIsBoundedWithAnError() throws {
        for opener in ["> ", "- ", "*", "["] {
            let source = "# Deep\n\n" + String(repeating: opener, count: 20_000) + "text\n"
            let (chapter, diagnostics) = parse(source)
            XCTAssertNotNil(chapter)
            if opener == "> " || opener == "- " {
                XCTAssertEqual(diagnostics.map(\.description), [
                    "chapters/01-test.md:3:199: error: Markdown nested more than 100 levels deep "
                    + "(block quotes, lists or emphasis inside each other): glia stops there; flatten this part",
                ], opener)
            }
        }
    }
}
