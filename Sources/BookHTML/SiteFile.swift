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
