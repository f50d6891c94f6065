import Foundation

/// KaTeX's stylesheet cut down to what a book's formulas use, when every formula was rendered
/// at build time: a rule stays if some selector of it names only classes that occur in the
/// rendered math, and a font stays if a kept rule names its family. Fonts keep only their
/// WOFF2 source (every browser that runs the pages reads it), so the other formats are not
/// copied either. On the real book this takes the stylesheet from 23 KB to a few.
struct KaTeXStylesheet {
    /// The stylesheet's text.
    let css: String
    /// The font files (`KaTeX_Main-Regular.woff2`) the kept rules need.
    let fonts: [String]

    /// Prunes `css` (KaTeX's minified stylesheet: rules and `@font-face` blocks) for `classes`.
    init(pruning css: String, toClasses classes: Set<String>) {
        var rules: [String] = []
        var faces: [(family: String, block: String)] = []
        for (prelude, body) in Self.blocks(css) {
            if prelude == "@font-face" {
                faces.append((Self.value(of: "font-family", in: body) ?? "", body))
                continue
            }
            let selectors = prelude.split(separator: ",").map(String.init).filter { selector in
                Self.classes(in: selector).isSubset(of: classes)
            }
            if !selectors.isEmpty { rules.append(selectors.joined(separator: ",") + "{" + body + "}") }
        }
        let kept = rules.joined()
        var fonts: [String] = []
        var out = ""
        for (family, body) in faces where kept.contains(family + ";") || kept.contains(family + ",")
            || kept.contains(family + "}") {
            // src:url(fonts/KaTeX_Main-Regular.woff2) format('woff2'),url(…woff)…;
            guard let woff2 = body.range(of: #"url\(fonts/[^)]+\.woff2\) format\('woff2'\)"#,
                                         options: .regularExpression),
                  let source = body.range(of: #"src:[^;}]*"#, options: .regularExpression) else { continue }
            let file = body[woff2].dropFirst("url(fonts/".count).prefix { $0 != ")" }
            fonts.append(String(file))
            out += "@font-face{" + body.replacingCharacters(in: source, with: "src:" + body[woff2]) + "}"
        }
        self.css = out + kept
        self.fonts = fonts.sorted()
    }

    /// Every class name in `html`'s `class` attributes. Scans UTF-8 bytes: the rendered
    /// math of a whole book is read on every build.
    static func classes(inHTML html: String) -> Set<String> {
        var found: Set<String> = []
        let bytes = Array(html.utf8)
        let marker = Array("class=\"".utf8)
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            var start = index + marker.count, end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: " ") {
                    if end > start { found.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
                    start = end + 1
                }
                end += 1
            }
            if end > start { found.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
            index = end
        }
        return found
    }

    /// `(prelude, body)` for each top-level `prelude{body}` of a stylesheet without nesting.
    private static func blocks(_ css: String) -> [(String, String)] {
        var found: [(String, String)] = []
        var rest = css[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let prelude = rest[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            found.append((prelude, String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    private static func classes(in selector: String) -> Set<String> {
        var found: Set<String> = []
        var rest = selector[...]
        while let dot = rest.firstIndex(of: ".") {
            let name = rest[rest.index(after: dot)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { found.insert(String(name)) }
            rest = rest[name.endIndex...]
        }
        return found
    }

    private static func value(of property: String, in body: String) -> String? {
        guard let start = body.range(of: property + ":") else { return nil }
        return String(body[start.upperBound...].prefix { $0 != ";" && $0 != "}" })
    }
}
