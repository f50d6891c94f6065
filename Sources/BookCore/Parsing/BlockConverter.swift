import Foundation
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
        // Split on bytes: splitting on Characters (grapheme breaking) cost a tenth of a parse.
        self.sourceLines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { source[$0.startIndex..<$0.endIndex] }
        self.math = math
    }

    /// How deep blocks (quotes, lists) and inlines (emphasis, links) may nest. cmark-gfm
    /// parses any depth, but every later walk over glia's tree (rendering, search, captions)
    /// recurses, so the tree is bounded here, once, with an error instead of a stack overflow.
    static let maximumDepth = 100
    private var depth = 0
    private var reportedDepth = false

    /// Enters one level of nesting; false (with one error for the chapter) past the limit.
    private mutating func descend(at location: SourceLocation) -> Bool {
        guard depth < Self.maximumDepth else {
            if !reportedDepth {
                reportedDepth = true
                diagnostics.append(.error(
                    "Markdown nested more than \(Self.maximumDepth) levels deep (block quotes, lists "
                    + "or emphasis inside each other): glia stops there; flatten this part",
                    at: location))
            }
            return false
        }
        depth += 1
        return true
    }

    mutating func blocks(of node: MarkdownNode) -> [Block] {
        guard descend(at: location(node)) else { return [] }
        defer { depth -= 1 }
        return Self.attachingTableCaptions(node.children.compactMap { block($0) })
    }

    /// Prefixes of labels that `@…` refers to.
    static let referencePrefixes = ["fig-", "sec-", "eq-", "tbl-"]

    /// A paragraph `: Caption {#tbl-name}` right after a table is that table's caption.
    static func attachingTableCaptions(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if case .paragraph(var inlines) = block.kind, case .text(let first)? = inlines.first,
               first.hasPrefix(": "), var previous = result.last, case .table(var table) = previous.kind,
               table.caption == nil {
                inlines[0] = .text(String(first.dropFirst(2)))
                let (content, label) = trailingLabel(inlines)
                table.caption = content
                table.label = label
                previous.kind = .table(table)
                result[result.count - 1] = previous
                continue
            }
            result.append(block)
        }
        return result
    }

    /// Content without a final ` {#label}` (white space around it included), and the label.
    static func trailingLabel(_ inlines: [Inline]) -> ([Inline], String?) {
        // Read from the end by hand: Foundation compiled a regular expression on every call.
        guard case .text(let last)? = inlines.last,
              let close = last.lastIndex(where: { !$0.isWhitespace }), last[close] == "}",
              let open = last[..<close].lastIndex(of: "{"), last[open...].hasPrefix("{#")
        else { return (inlines, nil) }
        let label = last[last.index(open, offsetBy: 2)..<close]
        guard !label.isEmpty, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        else { return (inlines, nil) }
        let before = last[..<open]
        let rest = String(before[..<(before.lastIndex { !$0.isWhitespace }.map(before.index(after:)) ?? before.startIndex)])
        var content = inlines
        if rest.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(rest) }
        return (content, String(label))
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
            let (body, label) = Self.trailingLabel(content)
            if let label, label.hasPrefix("eq-"), let display = displayMath(body) {
                return Block(.equation(tex: display, label: label), at: at)
            }
            return Block(.paragraph(content), at: at)
        case CMARK_NODE_HEADING:
            let (content, label) = Self.trailingLabel(inlines(of: node, at: at))
            let id = label.map { headingIDs.reserve($0) } ?? headingIDs.unique(for: content.plainText)
            return Block(.heading(level: node.headingLevel, content: content, id: id), at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            if let kind = calloutKind(at: node) {
                return Block(.callout(kind: kind, content: Self.removingCalloutMarker(blocks(of: node))), at: at)
            }
            return Block(.blockQuote(blocks(of: node)), at: at)
        case CMARK_NODE_LIST:
            let items = node.children.map { item in
                ListItem(blocks(of: item), task: item.typeName == "tasklist" ? item.isCheckedTask : nil)
            }
            return Block(.list(ordered: node.isOrderedList, start: node.listStart,
                               tight: node.isTightList, items: items), at: at)
        case CMARK_NODE_CODE_BLOCK:
            return codeBlock(node, at: at)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.html(restoringMath(node.literal)), at: at)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, at: at)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return Block(.footnoteDefinition(label: footnoteLabel(at: node), content: blocks(of: node)), at: at)
        default:
            if node.typeName == "table" { return Block(.table(table(node, at: at)), at: at) }
            return nil
        }
    }

    static let calloutKinds = ["note", "tip", "important", "warning", "caution"]

    /// `note` when the quote's first line is `> [!NOTE]` (GitHub's alerts; the marker alone
    /// on its line, any case).
    private func calloutKind(at node: MarkdownNode) -> String? {
        guard node.startLine >= 1, node.startLine <= sourceLines.count else { return nil }
        let line = sourceLines[node.startLine - 1].trimmingSpaces
        guard line.hasPrefix(">") else { return nil }
        let marker = line.dropFirst().trimmingSpaces.lowercased()
        guard marker.hasPrefix("[!"), marker.hasSuffix("]") else { return nil }
        let kind = String(marker.dropFirst(2).dropLast())
        return Self.calloutKinds.contains(kind) ? kind : nil
    }

    /// The callout's blocks without the `[!NOTE]` marker that begins the first paragraph.
    static func removingCalloutMarker(_ blocks: [Block]) -> [Block] {
        guard var first = blocks.first, case .paragraph(var inlines) = first.kind else { return blocks }
        var text = ""
        while let inline = inlines.first, case .text(let piece) = inline, text.count < 3 || !text.hasSuffix("]") {
            text += piece
            inlines.removeFirst()
        }
        if let next = inlines.first, next == .softBreak || next == .lineBreak { inlines.removeFirst() }
        guard text.hasPrefix("[!") else { return blocks }
        if inlines.isEmpty { return Array(blocks.dropFirst()) }
        first.kind = .paragraph(inlines)
        return [first] + blocks.dropFirst()
    }

    /// The label of the note defined at `node` (`[^label]:`), read from the source line before
    /// the note's text (where cmark-gfm's position points), since its API gives no label.
    private func footnoteLabel(at node: MarkdownNode) -> String {
        guard node.startLine >= 1, node.startLine <= sourceLines.count else { return "" }
        let bytes = Array(sourceLines[node.startLine - 1].utf8.prefix(max(0, node.startColumn - 1)))
        let before = String(decoding: bytes, as: UTF8.self)
        guard let match = before.range(of: #"\[\^[^\]]+\]:[ \t]*$"#, options: .regularExpression)
        else { return "" }
        let marker = before[match].trimmingSpaces
        return String(marker.dropFirst(2).dropLast(2))
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
        let literal = restoringMath(node.literal)
        if node.isFenced { checkClosed(node, at: at) }
        guard node.isFenced, language == "swift" else {
            // Shown as written, final line break included, as CommonMark renders it: every
            // blank line the author kept stays visible.
            return Block(.code(language: language, text: literal), at: at)
        }
        var text = literal
        if text.hasSuffix("\n") { text.removeLast() }
        let firstLine = node.startLine + 1
        let parsed = CellOptionsParser.parse(text, file: file, firstLine: firstLine,
                                             column: node.startColumn)
        diagnostics += parsed.diagnostics
        let cell = Cell(index: cells.count, options: parsed.options, code: parsed.code,
                        source: text, fence: at, firstLine: firstLine, column: node.startColumn)
        if let label = cell.options.label,
           let first = cells.first(where: { $0.options.label == label }) {
            diagnostics.append(.error(
                "cell label '\(label)' is already used by the cell at line \(first.fence.line): "
                + "labels name a place on the page, so each must be unique", at: at))
        }
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

internal import CCMark

extension BlockConverter {
    /// The inline content of a block. `at` is the block's location, used for inline nodes
    /// whose own position cmark does not record.
    mutating func inlines(of node: MarkdownNode, at: SourceLocation) -> [Inline] {
        guard descend(at: at) else { return [] }
        defer { depth -= 1 }
        return node.children.flatMap { inline($0, at: at) }
    }

    private mutating func inline(_ node: MarkdownNode, at: SourceLocation) -> [Inline] {
        let here = node.startLine > 0
            ? SourceLocation(file: file, line: node.startLine, column: max(1, node.startColumn))
            : at
        switch node.type {
        case CMARK_NODE_TEXT: return text(node.literal, at: here)
        case CMARK_NODE_SOFTBREAK: return [.softBreak]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [code(node.literal, at: here)]
        case CMARK_NODE_HTML_INLINE: return [.html(restoringMath(node.literal))]
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark-gfm gives a reference its note's number as its literal.
            return Int(node.literal).map { [.footnoteReference(number: $0)] } ?? [.text(node.literal)]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(of: node, at: here))]
        case CMARK_NODE_STRONG: return [.strong(inlines(of: node, at: here))]
        case CMARK_NODE_LINK:
            return [.link(url: restoringMath(node.url), title: restoringMath(node.title),
                          content: inlines(of: node, at: here))]
        case CMARK_NODE_IMAGE:
            return [.image(url: restoringMath(node.url), title: restoringMath(node.title),
                           alt: inlines(of: node, at: here))]
        default:
            if node.typeName == "strikethrough" {
                return [.strikethrough(inlines(of: node, at: here))]
            }
            return inlines(of: node, at: here)
        }
    }

    /// `` `{swift} expr` `` is an inline value; any other code span is code.
    private mutating func code(_ literal: String, at: SourceLocation) -> Inline {
        let marker = "{swift}"
        guard literal.hasPrefix(marker) else { return .code(restoringMath(literal)) }
        let expression = literal.dropFirst(marker.count).trimmingSpaces
        guard !expression.isEmpty else {
            diagnostics.append(.error("inline value '`{swift}`' has no expression: write "
                                      + "`{swift} expression`", at: at))
            return .code(literal)
        }
        let index = inlineExpressions.count
        var location = locate(literal, near: at)
        // The expression starts after the marker and the spaces after it (its text may also
        // be found earlier: `{swift} f`).
        let afterMarker = literal.unicodeScalars.dropFirst(marker.unicodeScalars.count)
        let start = afterMarker.firstIndex { !$0.isTrimmedSpace } ?? afterMarker.endIndex
        location.column += literal.utf8.distance(from: literal.startIndex, to: start)
        inlineExpressions.append(InlineExpression(
            index: index, code: expression, location: location,
            afterCell: cells.isEmpty ? nil : cells.count - 1))
        return .inlineValue(index)
    }

    /// Splits text into plain runs, math placeholders and `@fig-`, `@sec-`, `@eq-` and
    /// `@tbl-` cross-references.
    private func text(_ literal: String, at: SourceLocation) -> [Inline] {
        // Most text holds neither: no `@`, and no placeholder (U+E000, whose UTF-8 starts 0xEE).
        if !literal.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == 0xEE }) {
            return literal.isEmpty ? [] : [.text(literal)]
        }
        var result: [Inline] = []
        var plain = ""
        let characters = Array(literal)
        var index = 0
        func flush() {
            if !plain.isEmpty { result.append(.text(plain)); plain = "" }
        }
        while index < characters.count {
            let character = characters[index]
            if character == MathExtractor.open,
               let close = characters[index...].firstIndex(of: MathExtractor.close),
               let number = Int(String(characters[(index + 1)..<close])), math.indices.contains(number) {
                flush()
                result.append(.math(math[number].tex))
                index = close + 1
            } else if character == "@",
                      let prefix = Self.referencePrefixes.first(where: { prefix in
                          index + prefix.count < characters.count
                              && String(characters[(index + 1)...(index + prefix.count)]) == prefix
                      }),
                      index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) {
                let start = index + 1 + prefix.count
                var end = start
                while end < characters.count, Self.isLabelCharacter(characters[end]) { end += 1 }
                while end > start, characters[end - 1] == "-" || characters[end - 1] == "_" { end -= 1 }
                let label = String(characters[(index + 1)..<end])
                flush()
                result.append(.crossReference(label: label, location: locate("@" + label, near: at)))
                index = end
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        return result
    }

    private static func isLabelCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// Math is lifted out before cmark parses, so placeholders can land where `$` is not math:
    /// code (indented code blocks, code spans), raw HTML, link destinations and titles. There
    /// the original text goes back, byte for byte.
    private func restoringMath(_ literal: String) -> String {
        MathExtractor.restoring(literal, spans: math)
    }

    /// cmark does not record positions of every inline node; find the text in the source
    /// lines from the block's start so diagnostics point at the exact column.
    func locate(_ needle: String, near at: SourceLocation) -> SourceLocation {
        let start = max(0, at.line - 1)
        for lineIndex in start..<min(sourceLines.count, start + 200) {
            let line = String(sourceLines[lineIndex])
            if let range = line.range(of: needle) {
                let column = line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1
                return SourceLocation(file: file, line: lineIndex + 1, column: column)
            }
        }
        return at
    }
}
