internal import CCMark

/// Turns a cmark-gfm tree into glia's `Block`s, collecting cells, inline expressions and
/// diagnostics on the way (a visitor over the tree, in document order).
struct BlockConverter {
    let file: String
    let sourceLines: [Substring]
    let math: [MathExtractor.Span]

    var cells: [Cell] = []
    var inlineExpressions: [InlineExpression] = []
    var diagnostics: [Diagnostic] = []
    private var headingIDs = HeadingIDs()

    init(file: String, source: String, math: [MathExtractor.Span]) {
        self.file = file
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.math = math
    }

    mutating func blocks(of node: MarkdownNode) -> [Block] {
        node.children.compactMap { block($0) }
    }

    private func location(_ node: MarkdownNode) -> SourceLocation {
        SourceLocation(file: file, line: max(1, node.startLine), column: max(1, node.startColumn))
    }

    private mutating func block(_ node: MarkdownNode) -> Block? {
        let at = location(node)
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(of: node, at: at)
            if let display = displayMath(content) { return Block(.math(display), at: at) }
            return Block(.paragraph(content), at: at)
        case CMARK_NODE_HEADING:
            let content = inlines(of: node, at: at)
            return Block(.heading(level: node.headingLevel, content: content,
                                  id: headingIDs.unique(for: content.plainText)), at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blocks(of: node)), at: at)
        case CMARK_NODE_LIST:
            let items = node.children.map { blocks(of: $0) }
            return Block(.list(ordered: node.isOrderedList, start: node.listStart,
                               tight: node.isTightList, items: items), at: at)
        case CMARK_NODE_CODE_BLOCK:
            return codeBlock(node, at: at)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.html(node.literal), at: at)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, at: at)
        default:
            if node.typeName == "table" { return Block(.table(table(node, at: at)), at: at) }
            return nil
        }
    }

    /// A paragraph that holds nothing but one display-math placeholder is a math block.
    private func displayMath(_ content: [Inline]) -> String? {
        let visible = content.filter { $0 != .softBreak && $0 != .lineBreak }
        guard visible.count == 1, case .math(let tex) = visible[0],
              math.contains(where: { $0.tex == tex && $0.display }) else { return nil }
        return tex
    }

    private mutating func codeBlock(_ node: MarkdownNode, at: SourceLocation) -> Block {
        let language = node.fenceInfo.split(separator: " ").first.map(String.init) ?? ""
        var text = node.literal
        if text.hasSuffix("\n") { text.removeLast() }
        if node.isFenced { checkClosed(node, at: at) }
        guard node.isFenced, language == "swift" else {
            return Block(.code(language: language, text: text), at: at)
        }
        let firstLine = node.startLine + 1
        let parsed = CellOptionsParser.parse(text, file: file, firstLine: firstLine,
                                             column: node.startColumn)
        diagnostics += parsed.diagnostics
        let cell = Cell(index: cells.count, options: parsed.options, code: parsed.code,
                        source: text, fence: at, firstLine: firstLine, column: node.startColumn)
        cells.append(cell)
        return Block(.cell(cell.index), at: at)
    }

    /// cmark runs an unclosed fence to the end of the file; for an author that is a typo.
    private mutating func checkClosed(_ node: MarkdownNode, at: SourceLocation) {
        guard let opening = fenceMarker(atLine: node.startLine) else { return }
        if node.endLine > node.startLine, let closing = fenceMarker(atLine: node.endLine),
           closing.marker == opening.marker, closing.length >= opening.length,
           closing.infoIsEmpty {
            return
        }
        let fence = String(repeating: opening.marker, count: opening.length)
        diagnostics.append(.error(
            "code block opened here is never closed: add a line with \(fence) after its code",
            at: at))
    }

    private func fenceMarker(atLine line: Int) -> (marker: Character, length: Int, infoIsEmpty: Bool)? {
        guard sourceLines.indices.contains(line - 1) else { return nil }
        return MathExtractor.fenceMarker(String(sourceLines[line - 1]))
    }

    private mutating func table(_ node: MarkdownNode, at: SourceLocation) -> Table {
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children {
            let cells = row.children.map { inlines(of: $0, at: location($0)) }
            if row.isHeaderRow { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: node.tableAlignments, header: header, rows: rows)
    }
}
