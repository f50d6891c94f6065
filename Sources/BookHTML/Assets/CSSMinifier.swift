/// A stylesheet without its comments and layout whitespace: glia's own stylesheet is written
/// to be read, a third of it comments and indentation, and every page loads it before its
/// first view. Written here because the only minifiers at hand run under Node.js, and this
/// one does only what cannot change meaning: comments go, a run of whitespace becomes one
/// space, and spaces beside `{`, `}` and `;` go. Strings are kept as written; spaces beside
/// `:`, `,` or `>` stay, since in a selector they can matter (`a :hover` is not `a:hover`).
enum CSSMinifier {
    static func minify(_ css: String) -> String {
        let bytes = Array(css.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var pendingSpace = false
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        func isTight(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) {
                    end += 1
                }
                index = min(end + 2, bytes.count)
                pendingSpace = true  // `a/**/b` is two tokens
                continue
            }
            if isSpace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if pendingSpace, let last = out.last, !isTight(last), !isTight(byte) {
                out.append(0x20)
            }
            pendingSpace = false
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // A string, escapes included, as written.
                var end = index + 1
                while end < bytes.count, bytes[end] != byte {
                    end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                end = min(end + 1, bytes.count)
                out.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
