import Foundation

/// Lifts TeX math (`$…$` inline, `$$…$$` display) out of Markdown before cmark-gfm parses it.
///
/// CommonMark has no math syntax: left in place, `$a_1 * b_2$` would become emphasis. Each
/// span is replaced by a private-use placeholder that cmark keeps as plain text, and the
/// converter turns placeholders back into math nodes. Newlines inside display math are kept
/// after the placeholder so every later line keeps its line number. The rules follow Pandoc's
/// `tex_math_dollars`: an opening `$` is not followed by a space, a closing `$` is not preceded
/// by a space nor followed by a digit, `\$` is a literal dollar, and code is left alone. Unlike
/// Pandoc, only the next `$` may close a span, so "costs $5 and $10" stays text.
struct MathExtractor {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    struct Span: Equatable {
        var tex: String
        var display: Bool
        /// The exact text the span replaced, `$…$` or `$$…$$`, to put back where math is not
        /// math (code, raw HTML, link destinations): extraction runs before cmark knows which
        /// is which.
        var source: String = ""
        /// Where its opening `$` is in the text: 1-based line, and column in characters.
        var line = 0, column = 0

        static func == (a: Span, b: Span) -> Bool { a.tex == b.tex && a.display == b.display }
    }

    private(set) var spans: [Span] = []
    private(set) var text = ""
    /// The scalars being read, and where each line starts, to place spans.
    private var lineStarts: [Int] = [0]
    /// `text` as it is written, scalar by scalar (appending to a String one scalar at a time
    /// was a third of the extraction).
    private var output: [Unicode.Scalar] = []

    init(_ source: String) {
        // Unicode scalars, not Characters: every delimiter is ASCII, and grapheme breaking
        // made this the slowest part of parsing a chapter.
        let characters = Array(source.unicodeScalars)
        output.reserveCapacity(characters.count)
        for (offset, scalar) in characters.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
        var index = 0
        var fence: (marker: Character, length: Int)?
        var atLineStart = true
        while index < characters.count {
            if atLineStart {
                atLineStart = false
                let lineEnd = characters[index...].firstIndex(of: "\n") ?? characters.count
                let line = characters[index..<lineEnd]
                if let found = Self.mayOpenFence(line) ? Self.fenceMarker(Self.string(line)) : nil {
                    if let open = fence {
                        if found.marker == open.marker && found.length >= open.length
                            && found.infoIsEmpty {
                            fence = nil
                        }
                    } else {
                        fence = (found.marker, found.length)
                    }
                    output += line
                    index = lineEnd
                    continue
                }
                if fence != nil {
                    output += line
                    index = lineEnd
                    continue
                }
            }
            let character = characters[index]
            switch character {
            case "\n":
                output.append(character)
                atLineStart = true
                index += 1
            case "\\" where index + 1 < characters.count && characters[index + 1] != "\n":
                output.append(character)
                output.append(characters[index + 1])
                index += 2
            case "`":
                index = copyCodeSpan(characters, from: index)
            case "$":
                index = extractMath(characters, from: index)
            default:
                output.append(character)
                index += 1
            }
        }
        text = String(String.UnicodeScalarView(output))
        output = []
    }

    /// Whether a line can be a code fence at all (at most three spaces, then ` or ~), before
    /// it is made into a String to look closer.
    private static func mayOpenFence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != " " }), first - line.startIndex <= 3 else { return false }
        return line[first] == "`" || line[first] == "~"
    }

    private mutating func append(_ string: String) {
        output += string.unicodeScalars
    }

    /// Copies a backtick code span unchanged (math inside code is code).
    private mutating func copyCodeSpan(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        var runEnd = start
        while runEnd < characters.count && characters[runEnd] == "`" { runEnd += 1 }
        let runLength = runEnd - start
        var search = runEnd
        while search < characters.count {
            if characters[search] == "`" {
                var closeEnd = search
                while closeEnd < characters.count && characters[closeEnd] == "`" { closeEnd += 1 }
                if closeEnd - search == runLength {
                    output += characters[start..<closeEnd]
                    return closeEnd
                }
                search = closeEnd
            } else if characters[search] == "\n" && search + 1 < characters.count
                        && characters[search + 1] == "\n" {
                break  // a blank line ends the paragraph, so the span never closed
            } else {
                search += 1
            }
        }
        output += characters[start..<runEnd]
        return runEnd
    }

    private mutating func extractMath(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        let display = start + 1 < characters.count && characters[start + 1] == "$"
        if display {
            var search = start + 2
            while search + 1 < characters.count {
                if characters[search] == "$" && characters[search + 1] == "$" {
                    let body = Self.string(characters[(start + 2)..<search])
                    let newlines = body.filter { $0 == "\n" }.count
                    appendPlaceholder(Span(tex: trimmed(body), display: true,
                                           source: Self.string(characters[start..<(search + 2)])), at: start)
                    append(String(repeating: "\n", count: newlines))
                    return search + 2
                }
                if characters[search] == "\n" && characters[search + 1] == "\n" { break }
                search += 1
            }
            append("$$")
            return start + 2
        }
        let next = start + 1
        guard next < characters.count, !characters[next].properties.isWhitespace else {
            append("$")
            return start + 1
        }
        var search = next
        while search < characters.count && characters[search] != "\n" {
            if characters[search] == "\\" { search += 2; continue }
            if characters[search] == "$" {
                // Math never holds a bare `$`, so only the next one can close the span.
                guard !characters[search - 1].properties.isWhitespace,
                      !(search + 1 < characters.count && characters[search + 1].properties.numericType != nil)
                else { break }
                appendPlaceholder(Span(tex: Self.string(characters[next..<search]), display: false,
                                       source: Self.string(characters[start...search])), at: start)
                return search + 1
            }
            search += 1
        }
        append("$")
        return start + 1
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// 1-based line and column of scalar `offset`.
    private func place(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    private mutating func appendPlaceholder(_ span: Span, at offset: Int) {
        var span = span
        (span.line, span.column) = place(of: offset)
        append(String(Self.open) + String(spans.count) + String(Self.close))
        spans.append(span)
    }

    /// `text` with every placeholder put back as the source it replaced (and the newlines a
    /// display span kept after its placeholder folded back in).
    static func restoring(_ text: String, spans: [Span]) -> String {
        guard text.unicodeScalars.contains(open.unicodeScalars.first!) else { return text }
        var result = text
        for (number, span) in spans.enumerated().reversed() {
            let placeholder = "\(open)\(number)\(close)"
            let newlines = String(repeating: "\n", count: span.source.filter { $0 == "\n" }.count)
            if !newlines.isEmpty && result.contains(placeholder + newlines) {
                result = result.replacingOccurrences(of: placeholder + newlines, with: span.source)
            } else {
                result = result.replacingOccurrences(of: placeholder, with: span.source)
            }
        }
        return result
    }

    private func trimmed(_ body: String) -> String {
        body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The fence character and run length if `line` opens or closes a fenced code block.
    static func fenceMarker(_ line: String) -> (marker: Character, length: Int, infoIsEmpty: Bool)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if marker == "`" && info.contains("`") { return nil }
        return (marker, length, info.isEmpty)
    }
}
