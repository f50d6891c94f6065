/// What a rebuild changed that a reader sees: figures whose pixels changed, were added or
/// removed, and numbers the prose quotes through inline values. Made by the compare stage,
/// printed in the terminal and shown on the site's `changes.html`.
public struct FigureChanges: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case changed, added, removed }

    /// One figure that differs from the last good build.
    public struct Figure: Sendable, Codable, Equatable {
        public var kind: Kind
        /// The chapter's file (`chapters/05-relu.md`), slug and page.
        public var chapterPath: String
        public var chapterSlug: String
        public var page: String
        public var name: String
        /// "5.3" (the number it has now, or had, for a removed figure).
        public var number: String
        /// The fence of the cell that draws it (nil for a removed figure).
        public var cell: SourceLocation?
        /// Share of pixels that changed, in percent, for a changed figure.
        public var changedPercent: Double?
        /// Where the change is, "x 120–340, y 40–200 px", or "size 640×400 → 640×420".
        public var region: String?
        /// Why the chapter ran (the `--explain` words).
        public var reasons: [String]
        /// Image files (1×), relative to the cache's changes folder or the site.
        public var before: String?
        public var diff: String?

        public init(kind: Kind, chapterPath: String, chapterSlug: String, page: String, name: String,
                    number: String, cell: SourceLocation?, changedPercent: Double? = nil,
                    region: String? = nil, reasons: [String], before: String? = nil, diff: String? = nil) {
            self.kind = kind
            self.chapterPath = chapterPath
            self.chapterSlug = chapterSlug
            self.page = page
            self.name = name
            self.number = number
            self.cell = cell
            self.changedPercent = changedPercent
            self.region = region
            self.reasons = reasons
            self.before = before
            self.diff = diff
        }

        /// "Figure 5.3 (relu-kinks) changed: 2.1 % of pixels, around x 120–340, y 40–200 px".
        public var summary: String {
            var text = "Figure \(number) (\(name)) \(kind.rawValue)"
            if let changedPercent {
                text += ": " + (changedPercent < 0.1 ? "under 0.1" : String(format: "%.1f", changedPercent))
                    + " % of pixels"
            }
            if let region { text += ", " + region }
            return text
        }
    }

    /// An inline value whose text changed.
    public struct Value: Sendable, Codable, Equatable {
        public var location: SourceLocation
        public var code: String
        public var before: String
        public var after: String

        public init(location: SourceLocation, code: String, before: String, after: String) {
            self.location = location
            self.code = code
            self.before = before
            self.after = after
        }
    }

    public var figures: [Figure]
    public var values: [Value]

    public init(figures: [Figure] = [], values: [Value] = []) {
        self.figures = figures
        self.values = values
    }

    public var isEmpty: Bool { figures.isEmpty && values.isEmpty }
}
