/// A block of a chapter's Markdown, with the place it came from.
public struct Block: Hashable, Sendable, Codable {
    public var kind: BlockKind
    public var location: SourceLocation

    public init(_ kind: BlockKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum BlockKind: Hashable, Sendable, Codable {
    case paragraph([Inline])
    /// `id` is unique within the chapter, for anchors and the table of contents.
    case heading(level: Int, content: [Inline], id: String)
    case blockQuote([Block])
    case list(ordered: Bool, start: Int, tight: Bool, items: [ListItem])
    /// A fenced or indented code block that is not run (another language, or no language).
    case code(language: String, text: String)
    /// A `swift` cell; the index points into `Chapter.cells`.
    case cell(Int)
    /// Display math, `$$ … $$`, as TeX.
    case math(String)
    /// Display math with a label, `$$ … $$ {#eq-name}`: numbered, and `@eq-name` refers to it.
    case equation(tex: String, label: String)
    case html(String)
    case table(Table)
    case thematicBreak
    /// `[^label]: text`: cmark-gfm moves definitions to the end of the chapter, in the order
    /// of their first reference, which is their number.
    case footnoteDefinition(label: String, content: [Block])
    /// A GitHub alert, `> [!NOTE]`: `kind` is note, tip, important, warning or caution.
    case callout(kind: String, content: [Block])
}

/// One item of a list: its blocks, and for a GFM task list item (`- [ ] …`) whether it is done.
public struct ListItem: Hashable, Sendable, Codable {
    public var blocks: [Block]
    /// nil for an ordinary item; false for `[ ]`, true for `[x]`.
    public var task: Bool?

    public init(_ blocks: [Block], task: Bool? = nil) {
        self.blocks = blocks
        self.task = task
    }
}

public struct Table: Hashable, Sendable, Codable {
    public enum Alignment: String, Hashable, Sendable, Codable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    /// From a caption line after the table, `: Caption {#tbl-name}` (Quarto's syntax); a
    /// captioned table is numbered.
    public var caption: [Inline]?
    public var label: String?

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]],
                caption: [Inline]? = nil, label: String? = nil) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
        self.label = label
    }
}

public indirect enum Inline: Hashable, Sendable, Codable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(url: String, title: String, content: [Inline])
    case image(url: String, title: String, alt: [Inline])
    case html(String)
    case softBreak
    case lineBreak
    /// Inline math, `$ … $`, as TeX.
    case math(String)
    /// `` `{swift} expr` ``; the index points into `Chapter.inlineExpressions`.
    case inlineValue(Int)
    /// `@fig-name`: a numbered reference to a figure, resolved when pages are rendered.
    case crossReference(label: String, location: SourceLocation)
    /// `[^label]` in prose, by its note's number (cmark-gfm numbers notes in the order of
    /// their first reference; the note with that number is the number-th definition).
    case footnoteReference(number: Int)
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup (for ids, titles and search).
    public var plainText: String {
        map { inline -> String in
            switch inline {
            case .text(let s), .code(let s), .math(let s): return s
            case .emphasis(let c), .strong(let c), .strikethrough(let c): return c.plainText
            case .link(_, _, let c), .image(_, _, let c): return c.plainText
            case .softBreak, .lineBreak: return " "
            case .crossReference(let label, _): return "@" + label
            case .html, .inlineValue, .footnoteReference: return ""
            }
        }.joined()
    }
}
