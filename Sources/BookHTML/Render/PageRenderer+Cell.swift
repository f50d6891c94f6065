import BookCore

extension PageRenderer {
    /// A Swift cell: its code (if `echo`), what it printed (if `output`), its error, and its
    /// figures. A cell that was not run, or a chapter without results, shows only its code.
    mutating func cell(_ index: Int, into out: inout String) {
        guard index < chapter.cells.count else {
            report(.error("internal error: cell \(index) does not exist", at: currentLocation))
            return
        }
        let cell = chapter.cells[index]
        let options = cell.options
        var cellResult: CellResult?
        if options.eval, let result, index < result.cells.count {
            cellResult = result.cells[index]
        }
        let output = options.output ? (cellResult?.output ?? "") : ""
        let error = cellResult?.error
        let figures = cellResult == nil ? [] : catalog.entries(page: page, cell: index)
        let showsCode = options.echo
        guard showsCode || !output.isEmpty || error != nil || !figures.isEmpty else { return }

        out += "<div class=\"cell\""
        if let label = options.label { out += " id=\"cell-" + HTML.attribute(label) + "\"" }
        out += ">\n"
        if showsCode {
            out += "<pre class=\"cell-code\" tabindex=\"0\"><code class=\"language-swift\">"
            out += SwiftHighlighter.html(cell.code) + "</code></pre>\n"
        }
        if !output.isEmpty {
            out += "<pre class=\"cell-output\" tabindex=\"0\" aria-label=\"Output\"><samp>"
            out += HTML.text(trimmingFinalNewline(output)) + "</samp></pre>\n"
        }
        if let error {
            out += "<div class=\"cell-error\" role=\"note\"><p class=\"cell-error-title\">"
            out += options.error ? "Error (expected)" : "Error"
            out += "</p><pre tabindex=\"0\"><samp>" + HTML.text(trimmingFinalNewline(error))
            out += "</samp></pre></div>\n"
        }
        for entry in figures {
            figure(entry, into: &out)
        }
        out += "</div>\n"
    }

    private mutating func figure(_ entry: FigureCatalog.Entry, into out: inout String) {
        let folder = "figures/" + chapter.slug + "/"
        let figure = entry.figure
        for file in figure.files {
            let source = (result?.figureDirectory ?? "") + "/" + file
            if FileSystem.isFile(source) {
                need(SiteFile(path: folder + file, contents: .copy(from: source)))
            } else {
                report(.error("figure file '\(file)' of figure '\(figure.name)' is missing from "
                              + "\(result?.figureDirectory ?? "?")", at: entry.cell.fence))
            }
        }
        let png = HTML.attribute(folder + figure.png)
        let png2x = HTML.attribute(folder + figure.png2x)
        out += "<figure id=\"" + HTML.attribute(entry.label) + "\" class=\"cell-figure\">\n"
        if let narrow = figure.narrow {
            // Phones get the stacked layout; the breakpoint matches the site's phone layout.
            let small = HTML.attribute(folder + narrow.png)
            let small2x = HTML.attribute(folder + narrow.png2x)
            out += "<picture><source media=\"(max-width: 40rem)\" "
            out += "srcset=\"\(small) 1x, \(small2x) 2x\" "
            out += "width=\"\(narrow.width)\" height=\"\(narrow.height)\">\n"
        }
        out += "<img src=\"\(png)\" srcset=\"\(png) 1x, \(png2x) 2x\" "
        out += "width=\"\(figure.width)\" height=\"\(figure.height)\" loading=\"lazy\" "
        out += "alt=\"" + HTML.attribute(entry.alt ?? "") + "\">"
        out += figure.narrow == nil ? "\n" : "</picture>\n"
        out += "<figcaption><span class=\"figure-number\">Figure \(entry.number)</span>"
        if let caption = entry.caption {
            out += ": " + inlines(ChapterParser.inlineMarkdown(caption, path: chapter.path))
        }
        if figure.narrow?.rearranged == true {
            out += " <span class=\"narrow-note\">(On small screens the panels are stacked, in "
                + "reading order.)</span>"
        }
        out += " <span class=\"figure-files\">(<a href=\""
        out += HTML.attribute(folder + figure.svg) + "\">SVG</a>, <a href=\"\(png2x)\">PNG 2×</a>)"
        out += "</span></figcaption>\n</figure>\n"
    }

    private func trimmingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
