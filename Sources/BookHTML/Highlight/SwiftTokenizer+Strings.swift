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
