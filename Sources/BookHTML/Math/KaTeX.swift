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
    /// fonts it still names, for pages that need no script (see `KaTeXStylesheet`).
    func prunedFiles(forHTML html: [String]) -> [SiteFile] {
        let css = (try? String(contentsOfFile: directory + "/katex.min.css", encoding: .utf8)) ?? ""
        let classes = html.reduce(into: Set<String>()) { $0.formUnion(KaTeXStylesheet.classes(inHTML: $1)) }
        let pruned = KaTeXStylesheet(pruning: css, toClasses: classes)
        return [SiteFile(path: "assets/katex/katex.min.css", text: pruned.css)]
            + pruned.fonts.map { SiteFile(path: "assets/katex/fonts/" + $0, contents: .copy(from: directory + "/fonts/" + $0)) }
    }
}
