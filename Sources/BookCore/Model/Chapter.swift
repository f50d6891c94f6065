/// One Markdown file of the book, parsed.
public struct Chapter: Sendable, Codable, Equatable {
    /// Path relative to the book root, for example `chapters/03-coffee.md`.
    public var path: String
    /// File name without extension; names the page (`03-coffee.html`) and its figures folder.
    public var slug: String
    /// 1-based position in the book; figures are numbered `number.k`.
    public var number: Int
    public var title: String
    /// Every front matter key, as text, for templates.
    public var frontMatter: [String: String]
    public var blocks: [Block]
    public var cells: [Cell]
    public var inlineExpressions: [InlineExpression]
    /// Where each formula is written, by its TeX (a formula written twice has two places), so
    /// a formula KaTeX rejects is reported at its own line and column.
    public var formulaPlaces: [String: [SourceLocation]] = [:]

    /// The place of `tex` written at or after `location` (its block), or `location`.
    public func place(ofFormula tex: String, near location: SourceLocation) -> SourceLocation {
        formulaPlaces[tex]?.first { $0.line >= location.line } ?? location
    }

    public init(path: String, slug: String, number: Int, title: String,
                frontMatter: [String: String] = [:], blocks: [Block], cells: [Cell],
                inlineExpressions: [InlineExpression]) {
        self.path = path
        self.slug = slug
        self.number = number
        self.title = title
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.cells = cells
        self.inlineExpressions = inlineExpressions
    }

    /// The page this chapter becomes, relative to the site root.
    public var pageName: String { slug + ".html" }

    /// The slug of a chapter file: its name without folders and `.md`.
    public static func slug(forPath path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "")
        if name.hasSuffix(".md") { name.removeLast(3) }
        return name
    }
}

/// The whole book: its settings and its chapters in reading order.
public struct Book: Sendable {
    public var title: String
    public var author: String?
    public var description: String?
    /// Folder that holds `chapters/` (and the optional `book.yml`).
    public var root: String
    /// The book's front page, from `chapters/index.md` when present.
    public var index: Chapter?
    public var chapters: [Chapter]
    /// Cells' code is folded unless a cell says otherwise (`code-fold` in book.yml).
    public var codeFold = false
    /// `lang`, `site-url`, `edit-url`, `favicon` from book.yml.
    public var settings = BookSettings()
    /// The book's own Swift code (`code:` in book.yml), if it has some.
    public var code: BookCodeFolder?

    public init(title: String, author: String? = nil, description: String? = nil, root: String,
                index: Chapter? = nil, chapters: [Chapter]) {
        self.title = title
        self.author = author
        self.description = description
        self.root = root
        self.index = index
        self.chapters = chapters
    }

    /// Every page's source: the front page (if the book has one), then the chapters in order.
    public var pages: [Chapter] { (index.map { [$0] } ?? []) + chapters }
}
