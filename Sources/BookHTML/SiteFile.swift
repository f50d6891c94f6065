/// One file of the generated site.
public struct SiteFile: Sendable, Equatable {
    /// Path relative to the site root, for example `03-coffee.html` or
    /// `figures/03-coffee/boundary.png`.
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable, Equatable {
        /// The file's bytes, built in memory (pages, assets, the search index).
        case bytes([UInt8])
        /// Absolute path of an existing file to copy (a figure, a KaTeX font).
        case copy(from: String)
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A text file, stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Array(text.utf8)))
    }
}

/// A rendered site: what the render stage hands to the write stage.
public struct Site: Sendable {
    /// Every file, sorted by path.
    public var files: [SiteFile]
    /// What each page costs a reader, in reading order.
    public var weights: [PageWeight]

    public init(files: [SiteFile], weights: [PageWeight] = []) {
        self.files = files
        self.weights = weights
    }

    /// How many HTML pages the site has.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}
