import BookCore
import Foundation

/// What one figure costs a reader, and where it was drawn.
struct FigureWeight: Sendable {
    var name: String
    /// The fence of the cell that drew it, where a budget warning points.
    var cell: SourceLocation
    /// What a phone loads for it when scrolled past: the light phone layout at 2× (or the
    /// 2× image when it has no phone layout); for an explorable figure, its first frame.
    var phoneBytes: Int
    /// Every PNG the page may show for it (light and dark, 1× and 2×, phone layout, and an
    /// explorable figure's every frame), for the per-image budget.
    var images: [(file: String, bytes: Int)]

    /// Reads the sizes of `figure`'s files in `folder` (the chapter's figure folder).
    init(_ figure: FigureOutput, cell: SourceLocation, folder: String) {
        func size(_ file: String) -> Int { FileSystem.size(folder + "/" + file) }
        name = figure.name
        self.cell = cell
        phoneBytes = size(figure.narrow?.png2x ?? figure.png2x)
        images = figure.files.filter { $0.hasSuffix(".png") }.map { ($0, size($0)) }
    }
}

/// What one page costs a reader: the page itself (HTML, stylesheets, scripts, math fonts)
/// and its figures. Figures load lazily, so the first view is the page and at most its
/// first figure; a reader who scrolls to the end on a phone loads every figure's phone image.
public struct PageWeight: Sendable {
    /// The page, such as `05-relu.html`.
    public var page: String
    /// Its Markdown file, where page-wide warnings point.
    public var source: String
    public var htmlBytes: Int
    /// Stylesheets, scripts and fonts the page loads.
    public var assetBytes: Int
    var figures: [FigureWeight]

    /// The page without its figures.
    public var pageBytes: Int { htmlBytes + assetBytes }
    /// The page and its first figure (what a first screen can show, at most).
    public var firstViewBytes: Int { pageBytes + (figures.first?.phoneBytes ?? 0) }
    /// The page scrolled to the end on a phone.
    public var phoneBytes: Int { pageBytes + figures.reduce(0) { $0 + $1.phoneBytes } }
    public var figureCount: Int { figures.count }
}

/// A framed page, with what is needed to weigh it.
struct PageToWeigh: Sendable {
    var page: String
    var source: String
    /// KaTeX's stylesheet and fonts are linked.
    var mathStyles: Bool
    /// KaTeX's script is loaded too (some formula is left to the browser).
    var mathScript: Bool
    var figures: [FigureWeight]
}

extension PageWeight {
    /// Each page's weight: its HTML and the assets its frame links, from the site's files,
    /// and its figures as the page renderer measured them.
    static func weigh(_ pages: [PageToWeigh], in files: [SiteFile]) -> [PageWeight] {
        func size(_ path: String) -> Int {
            guard let file = files.first(where: { $0.path == path }) else { return 0 }
            switch file.contents {
            case .bytes(let bytes): return bytes.count
            case .copy(let source): return FileSystem.size(source)
            }
        }
        // search.js is not among them: it comes when the reader first reaches for search.
        let always = ["assets/glia.css", "assets/glia.js", "assets/custom.css"]
            .map(size).reduce(0, +)
        // KaTeX's stylesheet and the two fonts almost every formula uses; its script apart.
        let styles = ["assets/katex/katex.min.css", "assets/katex/fonts/KaTeX_Main-Regular.woff2",
                      "assets/katex/fonts/KaTeX_Math-Italic.woff2"].map(size).reduce(0, +)
        let script = size("assets/katex/katex.min.js")
        return pages.map {
            PageWeight(page: $0.page, source: $0.source, htmlBytes: size($0.page),
                       assetBytes: always + ($0.mathStyles ? styles : 0) + ($0.mathScript ? script : 0),
                       figures: $0.figures)
        }
    }
}

/// Reads page weights against the book's budgets.
public enum WeightReport {
    /// A warning (an error when `strict`) for every image, page and phone total over its
    /// budget, at the cell that drew the image or at the page's Markdown file.
    public static func diagnostics(_ weights: [PageWeight], budgets: WeightBudgets,
                                   strict: Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func report(_ message: String, at location: SourceLocation) {
            let text = message + (strict ? "" : " (a --strict build fails here)")
            found.append(strict ? .error(text, at: location) : .warning(text, at: location))
        }
        let hint = "; raise it under 'budgets:' in book.yml if that is intended"
        for weight in weights {
            let start = SourceLocation(file: weight.source, line: 1)
            if weight.pageBytes > budgets.pageKiB * 1024 {
                report("\(weight.page) weighs \(kib(weight.pageBytes)) without its figures, over the "
                       + "page budget of \(budgets.pageKiB) KiB" + hint, at: start)
            }
            if weight.phoneBytes > budgets.phoneKiB * 1024 {
                report("\(weight.page) loads \(kib(weight.phoneBytes)) on a phone scrolled to the end, "
                       + "over the phone budget of \(budgets.phoneKiB) KiB: fewer or lighter figures "
                       + "help" + hint, at: start)
            }
            for figure in weight.figures {
                for image in figure.images where image.bytes > budgets.figureKiB * 1024 {
                    report("figure '\(figure.name)': \(image.file) is \(kib(image.bytes)), over the "
                           + "figure budget of \(budgets.figureKiB) KiB: a smaller size or fewer "
                           + "points help" + hint, at: figure.cell)
                }
            }
        }
        return found
    }

    /// One line per page: its weight, its first view and its weight on a phone.
    public static func table(_ weights: [PageWeight]) -> String {
        var lines = ["page                          figures   page  first view  phone, all figures"]
        for weight in weights {
            lines.append(weight.page.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: "%7d", weight.figureCount)
                + kib(weight.pageBytes).leftPadded(to: 7)
                + kib(weight.firstViewBytes).leftPadded(to: 12)
                + kib(weight.phoneBytes).leftPadded(to: 20))
        }
        return lines.joined(separator: "\n")
    }

    /// `12.3 KiB`, or `1.4 MiB` from 1024 KiB on.
    public static func kib(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MiB", Double(bytes) / 1024 / 1024)
            : String(format: "%.0f KiB", Double(bytes) / 1024)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
