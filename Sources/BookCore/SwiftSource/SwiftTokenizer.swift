// A small hand-written Swift tokenizer, for colours only.
//
// Why not swift-syntax (whose classifier is exact)? A release build of SwiftParser +
// SwiftIDEUtils takes about 6 minutes on the project's 2-core machine, paid by every fresh
// `make site` and CI run. glia uses the syntax tree for nothing but colours, so a tokenizer
// that gets keywords, types, strings (with interpolation, multi-line and raw strings),
// numbers, nested comments, attributes and calls right is the lighter choice.

/// Splits Swift source into coloured tokens. Works on UTF-8 bytes and only ever splits at
/// ASCII bytes, so multi-byte characters stay whole.
public struct SwiftTokenizer {
    let bytes: [UInt8]
    var pos = 0
    var tokens: [SwiftToken] = []
    /// Set after `func`, so the declared name is coloured as a function.
    var afterFunc = false

    public static func tokenize(_ source: String) -> [SwiftToken] {
        var tokenizer = SwiftTokenizer(bytes: Array(source.utf8))
        tokenizer.code(insideInterpolation: false)
        return tokenizer.tokens
    }

    func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// Appends bytes `start..<end` as a token, merging neighbouring plain text.
    mutating func emit(_ kind: SwiftToken.Kind, _ start: Int, _ end: Int) {
        guard end > start else { return }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        if kind == .plain, let last = tokens.last, last.kind == .plain {
            tokens[tokens.count - 1].text += text
        } else {
            tokens.append(SwiftToken(kind: kind, text: text))
        }
    }

    /// Code, up to the end or, inside `\( … )`, up to the `)` that closes the interpolation
    /// (left unconsumed).
    mutating func code(insideInterpolation: Bool) {
        var depth = 0
        while pos < bytes.count {
            let c = bytes[pos], next = byte(at: pos + 1)
            switch c {
            case UInt8(ascii: "/") where next == UInt8(ascii: "/"):
                lineComment()
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                blockComment()
            case UInt8(ascii: "\""):
                string(hashes: 0)
            case UInt8(ascii: "#"):
                hash()
            case UInt8(ascii: "@") where next.map(Self.isIdentifierStart) == true:
                let start = pos
                pos += 1
                skipIdentifier()
                emit(.attribute, start, pos)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number()
            case UInt8(ascii: "`"):
                let start = pos
                pos += 1
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "`"),
                      bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
                if pos < bytes.count, bytes[pos] == UInt8(ascii: "`") { pos += 1 }
                emit(.plain, start, pos)
            case _ where Self.isIdentifierStart(c):
                identifier()
            case UInt8(ascii: "("):
                depth += 1
                emit(.plain, pos, pos + 1)
                pos += 1
            case UInt8(ascii: ")"):
                if insideInterpolation && depth == 0 { return }
                depth -= 1
                emit(.plain, pos, pos + 1)
                pos += 1
            default:
                emit(.plain, pos, pos + 1)
                pos += 1
            }
        }
    }

    private mutating func lineComment() {
        let start = pos
        while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
        emit(.comment, start, pos)
    }

    /// `/* … */`, which nest in Swift.
    private mutating func blockComment() {
        let start = pos
        var depth = 0
        while pos < bytes.count {
            if bytes[pos] == UInt8(ascii: "/"), byte(at: pos + 1) == UInt8(ascii: "*") {
                depth += 1
                pos += 2
            } else if bytes[pos] == UInt8(ascii: "*"), byte(at: pos + 1) == UInt8(ascii: "/") {
                depth -= 1
                pos += 2
                if depth == 0 { break }
            } else {
                pos += 1
            }
        }
        emit(.comment, start, pos)
    }

    /// `#"raw"#`, `#if`, `#sourceLocation`, `#selector`: or a lone `#`.
    private mutating func hash() {
        var hashes = 0
        while byte(at: pos + hashes) == UInt8(ascii: "#") { hashes += 1 }
        if byte(at: pos + hashes) == UInt8(ascii: "\"") {
            string(hashes: hashes)
        } else if hashes == 1, let next = byte(at: pos + 1), Self.isIdentifierStart(next) {
            let start = pos
            pos += 1
            skipIdentifier()
            emit(.keyword, start, pos)
        } else {
            emit(.plain, pos, pos + hashes)
            pos += hashes
        }
    }

    private mutating func number() {
        let start = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if Self.isIdentifierContinue(c) {
                let isExponent = c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                    || c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                pos += 1
                if isExponent, let sign = byte(at: pos),
                   sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { pos += 1 }
            } else if c == UInt8(ascii: "."), let next = byte(at: pos + 1), Self.isDigit(next) {
                pos += 1
            } else {
                break
            }
        }
        emit(.number, start, pos)
    }

    private mutating func identifier() {
        let start = pos
        skipIdentifier()
        let word = String(decoding: bytes[start..<pos], as: UTF8.self)
        let kind: SwiftToken.Kind
        if SwiftKeywords.all.contains(word) {
            kind = .keyword
        } else if bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z") {
            kind = .type
        } else if afterFunc || byte(at: pos) == UInt8(ascii: "(") {
            kind = .function
        } else {
            kind = .plain
        }
        afterFunc = word == "func"
        emit(kind, start, pos)
    }

    mutating func skipIdentifier() {
        while pos < bytes.count, Self.isIdentifierContinue(bytes[pos]) { pos += 1 }
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
            || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0x80
    }

    static func isIdentifierContinue(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || isDigit(c)
    }

    static func isDigit(_ c: UInt8) -> Bool {
        c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
    }
}

extension SwiftTokenizer {
    /// A string literal starting at `pos`: `"…"`, `"""…"""`, or a raw string with `hashes`
    /// leading `#`s, whose escapes and interpolations need as many `#`s after the backslash.
    /// Interpolated code is tokenized as code.
    mutating func string(hashes: Int) {
        var segment = pos
        pos += hashes
        let multiline = byte(at: pos + 1) == UInt8(ascii: "\"")
            && byte(at: pos + 2) == UInt8(ascii: "\"")
        pos += multiline ? 3 : 1
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\\"), hashesFollow(at: pos + 1, count: hashes) {
                let after = pos + 1 + hashes
                emit(.string, segment, pos)
                if byte(at: after) == UInt8(ascii: "(") {
                    interpolation(from: pos, open: after)
                } else {
                    escape(from: pos, at: after)
                }
                segment = pos
                continue
            }
            if c == UInt8(ascii: "\"") {
                let quotes = multiline ? 3 : 1
                let closes = (!multiline || (byte(at: pos + 1) == UInt8(ascii: "\"")
                    && byte(at: pos + 2) == UInt8(ascii: "\"")))
                    && hashesFollow(at: pos + quotes, count: hashes)
                if closes {
                    pos += quotes + hashes
                    emit(.string, segment, pos)
                    return
                }
            }
            if c == UInt8(ascii: "\n") && !multiline {
                break  // unterminated: stop at the end of the line
            }
            pos += 1
        }
        emit(.string, segment, pos)
    }

    private func hashesFollow(at index: Int, count: Int) -> Bool {
        for offset in 0..<count where byte(at: index + offset) != UInt8(ascii: "#") {
            return false
        }
        return true
    }

    /// `\(` … `)`: `pos` is at the backslash, `open` at the parenthesis.
    private mutating func interpolation(from start: Int, open: Int) {
        emit(.interpolation, start, open + 1)
        pos = open + 1
        code(insideInterpolation: true)
        if pos < bytes.count {
            emit(.interpolation, pos, pos + 1)
            pos += 1
        }
    }

    /// `\n`, `\"`, `\u{1F600}`, or a backslash-newline in a multi-line string.
    private mutating func escape(from start: Int, at index: Int) {
        var end = min(index + 1, bytes.count)
        if byte(at: index) == UInt8(ascii: "u"), byte(at: index + 1) == UInt8(ascii: "{") {
            end = index + 2
            while end < bytes.count, bytes[end] != UInt8(ascii: "}"),
                  bytes[end] != UInt8(ascii: "\n") { end += 1 }
            end = min(end + 1, bytes.count)
        } else if let c = byte(at: index), c >= 0x80 {
            // Keep a multi-byte character whole.
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        emit(.escape, start, end)
        pos = end
    }
}
