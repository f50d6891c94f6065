/// A chapter's cells as one Swift script a reader can download and run against glia's
/// libraries, outside glia: the same code in the same order, each cell marked with the
/// Markdown line it comes from. (Inline values and `error: true` cells are left out; `show`
/// writes its figures into the working folder.)
public struct ChapterScript {
    public let chapter: Chapter

    public init(chapter: Chapter) {
        self.chapter = chapter
    }

    /// The script's text.
    public func source(bookTitle: String) -> String {
        let name = Chapter.slug(forPath: chapter.path)
        var lines = [
            "// \(chapter.title) — from \"\(bookTitle)\", \(chapter.path)",
            "// The chapter's Swift cells, in order, as one program. To run it with an installed glia",
            "// (make install puts the runtime in PREFIX/lib/glia; PREFIX is /usr/local by default):",
            "//",
            "//   LIB=/usr/local/lib/glia",
            "//   swiftc -swift-version 5 -I $LIB/Modules -L $LIB -lNotebookRuntime \\\\",
            "//          -Xlinker -rpath -Xlinker $LIB \(name).swift -o \(name) && ./\(name)",
            "//",
            "// Run it in the book's folder, so that files the chapter reads are found; figures are",
            "// written into the current folder.",
            "import NotebookRuntime",
            "",
        ]
        for cell in chapter.cells where cell.options.eval && !cell.options.error {
            lines.append("// Cell \(cell.index + 1), \(chapter.path) line \(cell.firstLine)")
            lines.append(cell.code)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
