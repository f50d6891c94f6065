import Foundation

/// Debian's KaTeX (`libjs-katex`), copied into `assets/katex/` when a page has math.
struct KaTeX: Sendable {
    let directory: String

    /// Nil when the folder or one of the files the site needs is missing.
    init?(directory: String?) {
        guard let directory, FileSystem.isFile(directory + "/katex.min.js"),
              FileSystem.isFile(directory + "/katex.min.css"),
              FileSystem.isDirectory(directory + "/fonts") else { return nil }
        self.directory = directory
    }

    /// The script, the stylesheet and every font (the stylesheet refers to `fonts/…`).
    var files: [SiteFile] {
        var files = ["katex.min.js", "katex.min.css"].map {
            SiteFile(path: "assets/katex/" + $0, contents: .copy(from: directory + "/" + $0))
        }
        for font in FileSystem.contents(ofDirectory: directory + "/fonts")
        where FileSystem.isFile(directory + "/fonts/" + font) {
            files.append(SiteFile(path: "assets/katex/fonts/" + font,
                                  contents: .copy(from: directory + "/fonts/" + font)))
        }
        return files
    }

    /// The stylesheet cut to the classes in `html` (every rendered formula) and the WOFF2
    /// fonts it still names, for pages that need no script (see `KaTeXStylesheet`), each font
    /// cut to the characters the formulas show when its TrueType file is there to cut
    /// (`FontSubset`); otherwise KaTeX's whole font.
    /// Cut fonts are kept in `fontCache` between builds, by font file and characters.
    func prunedFiles(forHTML html: [String], fontCache: String?) -> [SiteFile] {
        let css = (try? String(contentsOfFile: directory + "/katex.min.css", encoding: .utf8)) ?? ""
        let classes = html.reduce(into: Set<String>()) { $0.formUnion(KaTeXStylesheet.classes(inHTML: $1)) }
        let pruned = KaTeXStylesheet(pruning: css, toClasses: classes)
        let characters = FontSubset.characters(inHTML: html)
        let fonts = pruned.fonts.map { font in
            let path = "assets/katex/fonts/" + font
            let ttf = directory + "/fonts/" + font.replacingOccurrences(of: ".woff2", with: ".ttf")
            if let subset = FontSubset.cached(ttf: ttf, characters: characters, in: fontCache) {
                return SiteFile(path: path, contents: subset)
            }
            return SiteFile(path: path, contents: .copy(from: directory + "/fonts/" + font))
        }
        if let fontCache {
            FontSubset.removeUnused(in: fontCache, keeping: Set(fonts.compactMap {
                if case .copy(let file) = $0.contents { return file } else { return nil }
            }))
        }
        return [SiteFile(path: "assets/katex/katex.min.css", text: pruned.css)] + fonts
    }
}
