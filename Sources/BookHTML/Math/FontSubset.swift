import BookCore
import CFontSubset
import Foundation

/// KaTeX's fonts cut to the characters a book's formulas show. A page with math loads two
/// to five KaTeX fonts of 16-26 KB each, most of it glyphs no formula uses; cut to the book's
/// few dozen characters and without hinting, each is 2-6 KB (HarfBuzz subsets, woff2
/// compresses; see `CFontSubset`).
enum FontSubset {
    /// The TrueType font `ttf` cut to `characters` and compressed as WOFF2; nil when HarfBuzz
    /// cannot read it.
    static func woff2(ttf: [UInt8], characters: Set<Unicode.Scalar>) -> [UInt8]? {
        let codepoints = characters.map(\.value).sorted()
        var size = 0
        let subset = ttf.withUnsafeBufferPointer { font in
            codepoints.withUnsafeBufferPointer { wanted in
                glia_font_subset_woff2(font.baseAddress, font.count, wanted.baseAddress,
                                       wanted.count, &size)
            }
        }
        guard let subset else { return nil }
        defer { free(subset) }
        return Array(UnsafeBufferPointer(start: subset, count: size))
    }

    /// The font at `ttf` cut to `characters`, as a file kept in `cache` (made there when
    /// missing; cutting and compressing KaTeX's fonts takes about 100 ms a build), or as
    /// bytes without a cache; nil when the font is missing or cannot be cut.
    static func cached(ttf: String, characters: Set<Unicode.Scalar>, in cache: String?) -> SiteFile.Contents? {
        guard let stamp = FileStamp(of: ttf) else { return nil }
        // Debian updates a font file with a new size or time, so these name its contents.
        var key = SHA256()
        key.update("\(formatVersion)\n\(ttf)\n\(stamp)\n")
        key.update(characters.map { String($0.value) }.sorted().joined(separator: ","))
        let file = cache.map { $0 + "/" + key.finalize() + ".woff2" }
        if let file, FileSystem.isFile(file) { return .copy(from: file) }
        guard let bytes = FileManager.default.contents(atPath: ttf),
              let subset = woff2(ttf: Array(bytes), characters: characters) else { return nil }
        guard let cache, let file, (try? FileSystem.makeDirectories(cache)) != nil,
              (try? FileSystem.write(subset, to: file)) != nil else { return .bytes(subset) }
        return .copy(from: file)
    }

    /// Removes the cut fonts in `cache` other than `used`, so a book whose formulas changed
    /// keeps one cut of each font, not one per edit.
    static func removeUnused(in cache: String, keeping used: Set<String>) {
        for name in FileSystem.contents(ofDirectory: cache)
        where name.hasSuffix(".woff2") && !used.contains(cache + "/" + name) {
            try? FileManager.default.removeItem(atPath: cache + "/" + name)
        }
    }

    /// Changes when how fonts are cut changes, so no font cut the old way is reused.
    private static let formatVersion = "glia-font-subset-2"

    /// Every character the rendered formulas `html` show: their text outside tags, with
    /// character references decoded, and the two spaces a formula may hold.
    static func characters(inHTML html: [String]) -> Set<Unicode.Scalar> {
        var found: Set<Unicode.Scalar> = [" ", "\u{A0}"]
        for formula in html {
            var inTag = false
            var reference: String.UnicodeScalarView?
            for scalar in formula.unicodeScalars {
                if inTag {
                    inTag = scalar != ">"
                } else if reference != nil {
                    if scalar == ";" {
                        if let decoded = decode(String(reference!)) { found.insert(decoded) }
                        reference = nil
                    } else {
                        reference!.append(scalar)
                    }
                } else if scalar == "<" {
                    inTag = true
                } else if scalar == "&" {
                    reference = String.UnicodeScalarView()
                } else {
                    found.insert(scalar)
                }
            }
        }
        return found
    }

    /// `amp`, `#x27`, `#39` → the character; nil for names KaTeX does not write.
    private static func decode(_ reference: String) -> Unicode.Scalar? {
        switch reference {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "nbsp": return "\u{A0}"
        default:
            guard reference.hasPrefix("#") else { return nil }
            let digits = reference.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
