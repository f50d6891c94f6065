/// Escaping for HTML text and attribute values.
///
/// Strings without special characters (the common case) are appended as they are, after one
/// scan over their UTF-8 bytes.
enum HTML {
    /// Escapes `&`, `<` and `>` for element content.
    static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for a double-quoted attribute value.
    static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    /// An author's URL for an `href` or `src`, attribute-escaped: bytes a browser would misread
    /// (spaces, a backslash it turns into `/`, quotes, non-ASCII) are percent-encoded, while URL
    /// punctuation and existing `%XX` escapes stay, as cmark-gfm's own renderer does.
    static func url(_ string: String) -> String {
        attribute(percentEncoded(string, keeping: urlSafe))
    }

    /// A path glia made (a page, a figure file, an anchor), attribute-safe: ASCII other than
    /// unreserved characters, `/` and `@` is percent-encoded, so a file named `a#b c.md` still
    /// links. Letters beyond ASCII (an anchor `x²`) stay as they are, as URLs allow.
    static func path(_ string: String) -> String {
        percentEncoded(string, keeping: pathSafe, keepingNonASCII: true)
    }

    private static let pathSafe = Set(Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/@".utf8))
    private static let urlSafe = pathSafe.union(Array("!$&'()*+,;=:@?#%".utf8))

    private static func percentEncoded(_ string: String, keeping safe: Set<UInt8>,
                                       keepingNonASCII: Bool = false) -> String {
        guard !string.utf8.allSatisfy({ safe.contains($0) || (keepingNonASCII && $0 >= 0x80) }) else {
            return string
        }
        var out = ""
        for scalar in string.unicodeScalars {
            if keepingNonASCII && !scalar.isASCII {
                out.unicodeScalars.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 {
                if safe.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    out += String(format: "%%%02X", byte)
                }
            }
        }
        return out
    }

    private static func escape(_ string: String, quotes: Bool) -> String {
        let needsWork = string.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
                || isControl(byte)
        }
        guard needsWork else { return string }
        var out = ""
        out.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case _ where scalar.isASCII && isControl(UInt8(scalar.value)):
                // A control character a cell printed (NUL, BEL, ESC of a colour code) is shown
                // as its Unicode control picture (␀, ␇, ␛), never sent as a raw byte.
                let picture = scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value
                out.unicodeScalars.append(Unicode.Scalar(picture)!)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 controls and DEL, except tab, line feed and carriage return.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }
}
