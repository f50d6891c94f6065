/// Makes Cairo's SVG output independent of what was drawn before in the same process.
///
/// Cairo 1.16 numbers embedded images and some patterns with process-wide counters
/// (`image123`), so the second rendering of the same figure would differ. Identifiers are
/// renumbered in order of first appearance.
enum SVGCleanup {
    static func stableIdentifiers(_ bytes: [UInt8]) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        for prefix in ["image", "surface", "source", "pattern", "clip", "mask", "glyph"] {
            text = renumber(text, prefix: prefix)
        }
        return Array(text.utf8)
    }

    /// Replaces every `prefix` followed by digits (as an id, `#ref` or `url(#ref)`) by
    /// `prefix` and a dense number, in order of first appearance.
    private static func renumber(_ text: String, prefix: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let key = Array(prefix.unicodeScalars)
        var mapping: [String: Int] = [:]
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let isStart = i + key.count < scalars.count
                && Array(scalars[i..<(i + key.count)]) == key
                && (i == 0 || !isIdentifier(scalars[i - 1]) || scalars[i - 1] == "#")
            if isStart, scalars[i + key.count].properties.numericType != nil {
                var j = i + key.count
                var digits = ""
                while j < scalars.count, ("0"..."9").contains(scalars[j]) {
                    digits.unicodeScalars.append(scalars[j])
                    j += 1
                }
                let number = mapping[digits] ?? mapping.count + 1
                mapping[digits] = number
                out.append(contentsOf: key)
                out.append(contentsOf: String(number).unicodeScalars)
                i = j
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
            || scalar == "-"
    }
}
