import Foundation
internal import CCMark

extension BlockConverter {
    /// The inline content of a block. `at` is the block's location, used for inline nodes
    /// whose own position cmark does not record.
    mutating func inlines(of node: MarkdownNode, at: SourceLocation) -> [Inline] {
        node.children.flatMap { inline($0, at: at) }
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
        case CMARK_NODE_HTML_INLINE: return [.html(node.literal)]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(of: node, at: here))]
        case CMARK_NODE_STRONG: return [.strong(inlines(of: node, at: here))]
        case CMARK_NODE_LINK:
            return [.link(url: node.url, title: node.title, content: inlines(of: node, at: here))]
        case CMARK_NODE_IMAGE:
            return [.image(url: node.url, title: node.title, alt: inlines(of: node, at: here))]
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
        let expression = literal.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
        guard !expression.isEmpty else {
            diagnostics.append(.error("inline value '`{swift}`' has no expression: write "
                                      + "`{swift} expression`", at: at))
            return .code(literal)
        }
        let index = inlineExpressions.count
        var location = locate(literal, near: at)
        if let offset = literal.range(of: expression).map({
            literal.utf8.distance(from: literal.startIndex, to: $0.lowerBound)
        }) {
            location.column += offset
        }
        inlineExpressions.append(InlineExpression(
            index: index, code: expression, location: location,
            afterCell: cells.isEmpty ? nil : cells.count - 1))
        return .inlineValue(index)
    }

    /// Splits text into plain runs, math placeholders and `@fig-` cross-references.
    private func text(_ literal: String, at: SourceLocation) -> [Inline] {
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
            } else if character == "@", index + 4 < characters.count,
                      String(characters[(index + 1)...(index + 4)]) == "fig-",
                      index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) {
                var end = index + 5
                while end < characters.count, Self.isLabelCharacter(characters[end]) { end += 1 }
                while end > index + 5, characters[end - 1] == "-" || characters[end - 1] == "_" { end -= 1 }
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

    /// Math inside a code span was never extracted, but a placeholder could only appear
    /// there if the extractor mis-scanned; keep code verbatim by restoring any placeholder.
    private func restoringMath(_ literal: String) -> String {
        guard literal.contains(MathExtractor.open) else { return literal }
        var result = literal
        for (number, span) in math.enumerated().reversed() {
            let placeholder = "\(MathExtractor.open)\(number)\(MathExtractor.close)"
            result = result.replacingOccurrences(of: placeholder, with: "$\(span.tex)$")
        }
        return result
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
