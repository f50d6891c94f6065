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
        /// Where its opening `$` is in the text: 1-based line, and column in Unicode scalars.
        var line = 0, column = 0

        static func == (a: Span, b: Span) -> Bool { a.tex == b.tex && a.display == b.display }
    }

    private(set) var spans: [Span] = []
    private(set) var text = ""
    /// The source's UTF-8 bytes, and where each line starts, to place spans.
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]
    /// `text` as it is written, byte by byte.
    private var output: [UInt8] = []

    /// Reads the source as UTF-8 bytes: every delimiter is ASCII, and no byte of a multi-byte
    /// character is (reading it as characters, then as scalars, was half of parsing a chapter).
    init(_ source: String) {
        bytes = Array(source.utf8)
        output.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() where byte == .newline { lineStarts.append(offset + 1) }
        var index = 0
        var fence: (marker: Character, length: Int)?
        var atLineStart = true
        while index < bytes.count {
            if atLineStart {
                atLineStart = false
                let lineEnd = bytes[index...].firstIndex(of: .newline) ?? bytes.count
                let line = bytes[index..<lineEnd]
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
            switch bytes[index] {
            case .newline:
                output.append(.newline)
                atLineStart = true
                index += 1
            case .backslash where index + 1 < bytes.count && bytes[index + 1] != .newline:
                // The escaped character is copied whole, whatever its length.
                let end = scalarEnd(after: index + 1)
                output += bytes[index..<end]
                index = end
            case .backtick:
                index = copyCodeSpan(from: index)
            case .dollar:
                index = extractMath(from: index)
            default:
                output.append(bytes[index])
                index += 1
            }
        }
        text = String(decoding: output, as: UTF8.self)
        output = []
    }

    /// Whether a line can be a code fence at all (at most three spaces, then ` or ~), before
    /// it is made into a String to look closer.
    private static func mayOpenFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != .space }), first - line.startIndex <= 3 else { return false }
        return line[first] == .backtick || line[first] == .tilde
    }

    private mutating func append(_ string: String) {
        output += string.utf8
    }

    /// Copies a backtick code span unchanged (math inside code is code).
    private mutating func copyCodeSpan(from start: Int) -> Int {
        var runEnd = start
        while runEnd < bytes.count && bytes[runEnd] == .backtick { runEnd += 1 }
        let runLength = runEnd - start
        var search = runEnd
        while search < bytes.count {
            if bytes[search] == .backtick {
                var closeEnd = search
                while closeEnd < bytes.count && bytes[closeEnd] == .backtick { closeEnd += 1 }
                if closeEnd - search == runLength {
                    output += bytes[start..<closeEnd]
                    return closeEnd
                }
                search = closeEnd
            } else if bytes[search] == .newline && search + 1 < bytes.count && bytes[search + 1] == .newline {
                break  // a blank line ends the paragraph, so the span never closed
            } else {
                search += 1
            }
        }
        output += bytes[start..<runEnd]
        return runEnd
    }

    private mutating func extractMath(from start: Int) -> Int {
        let display = start + 1 < bytes.count && bytes[start + 1] == .dollar
        if display {
            var search = start + 2
            while search + 1 < bytes.count {
                if bytes[search] == .dollar && bytes[search + 1] == .dollar {
                    let body = Self.string(bytes[(start + 2)..<search])
                    // Line breaks, as characters count them: `\r\n` is one character, not `\n`.
                    let newlines = ((start + 2)..<search).filter {
                        bytes[$0] == .newline && ($0 == 0 || bytes[$0 - 1] != UInt8(ascii: "\r"))
                    }.count
                    appendPlaceholder(Span(tex: trimmed(body), display: true,
                                           source: Self.string(bytes[start..<(search + 2)])), at: start)
                    append(String(repeating: "\n", count: newlines))
                    return search + 2
                }
                if bytes[search] == .newline && bytes[search + 1] == .newline { break }
                search += 1
            }
            append("$$")
            return start + 2
        }
        let next = start + 1
        guard next < bytes.count, !scalar(at: next).properties.isWhitespace else {
            append("$")
            return start + 1
        }
        var search = next
        while search < bytes.count && bytes[search] != .newline {
            if bytes[search] == .backslash {
                search = search + 1 < bytes.count ? scalarEnd(after: search + 1) : search + 1
                continue
            }
            if bytes[search] == .dollar {
                // Math never holds a bare `$`, so only the next one can close the span.
                guard !scalar(before: search).properties.isWhitespace,
                      !(search + 1 < bytes.count && scalar(at: search + 1).properties.numericType != nil)
                else { break }
                appendPlaceholder(Span(tex: Self.string(bytes[next..<search]), display: false,
                                       source: Self.string(bytes[start...search])), at: start)
                return search + 1
            }
            search += 1
        }
        append("$")
        return start + 1
    }

    /// Where the character starting at byte `offset` ends.
    private func scalarEnd(after offset: Int) -> Int {
        var end = offset + 1
        while end < bytes.count && Self.isContinuation(bytes[end]) { end += 1 }
        return end
    }

    /// The Unicode scalar starting at byte `offset`.
    private func scalar(at offset: Int) -> Unicode.Scalar {
        Self.string(bytes[offset..<scalarEnd(after: offset)]).unicodeScalars.first ?? " "
    }

    /// The Unicode scalar ending just before byte `offset`.
    private func scalar(before offset: Int) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0 && Self.isContinuation(bytes[start]) { start -= 1 }
        return scalar(at: start)
    }

    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// 1-based line and column (in Unicode scalars) of byte `offset`.
    private func place(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let scalars = bytes[lineStarts[low]..<offset].reduce(0) { $0 + (Self.isContinuation($1) ? 0 : 1) }
        return (low + 1, scalars + 1)
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
        let info = rest.dropFirst(length).trimmingSpaces
        if marker == "`" && info.contains("`") { return nil }
        return (marker, length, info.isEmpty)
    }
}

private extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")
    static let dollar = UInt8(ascii: "$")
}
