import Foundation

/// Turning a file's bytes into text the parser can trust.
enum TextDecoding {
    /// The error for bytes that are not UTF-8, at the line and column of the first bad byte.
    static func invalidUTF8(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        var line = 1, column = 1, offset = 0
        while offset < bytes.count {
            let length = sequenceLength(bytes, at: offset)
            guard length > 0 else { break }
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            offset += length
        }
        let byte = offset < bytes.count ? String(format: " (byte 0x%02X)", bytes[offset]) : ""
        return .error("\(file) is not valid UTF-8 text: the first bad byte\(byte) is here; save "
                      + "the file as UTF-8", at: SourceLocation(file: file, line: line, column: column))
    }

    /// Length of the valid UTF-8 sequence starting at `offset`, or 0 if it is not valid.
    private static func sequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let first = bytes[offset]
        let (length, minimum): (Int, UInt32)
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        var scalar = UInt32(first) & (0xFF >> (length + 1))
        for next in bytes[(offset + 1)..<(offset + length)] {
            guard next & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }

    /// CRLF and lone CR become LF (CommonMark treats all three as line endings), so parsing,
    /// front matter and line numbers see one kind. Line numbers do not change.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
