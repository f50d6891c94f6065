/// Makes Cairo's SVG output independent of what was drawn before in the same process.
///
/// Cairo 1.16 numbers embedded images and some patterns with process-wide counters
/// (`image123`), so the second rendering of the same figure would differ. Identifiers are
/// renumbered in order of first appearance.
enum SVGCleanup {
    static let prefixes = ["image", "surface", "source", "pattern", "clip", "mask", "glyph"]
        .map { Array($0.utf8) }

    /// One pass over the bytes (a scatter plot's SVG runs to megabytes, so no per-character
    /// allocation): every prefix followed by digits (as an id, `#ref` or `url(#ref)`) becomes
    /// the prefix and a dense number, counted separately per prefix.
    static func stableIdentifiers(_ bytes: [UInt8]) -> [UInt8] {
        var mappings = [[ArraySlice<UInt8>: Int]](repeating: [:], count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        while i < n {
            let startsWord = i == 0 || !isIdentifier(bytes[i - 1]) || bytes[i - 1] == 0x23  // #
            if startsWord, let p = prefixes.firstIndex(where: { key in
                i + key.count < n && bytes[i] == key[0]
                    && bytes[i..<(i + key.count)].elementsEqual(key)
                    && isDigit(bytes[i + key.count])
            }) {
                let key = prefixes[p]
                var j = i + key.count
                while j < n, isDigit(bytes[j]) { j += 1 }
                let digits = bytes[(i + key.count)..<j]
                let number = mappings[p][digits] ?? mappings[p].count + 1
                mappings[p][digits] = number
                out.append(contentsOf: key)
                out.append(contentsOf: String(number).utf8)
                i = j
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// ASCII letters, digits, `_`, `-`, and any byte of a multi-byte UTF-8 character.
    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || isDigit(byte) || byte == 0x5F
            || byte == 0x2D || byte >= 0x80
    }
}
