import Foundation
import Yams

/// The optional `book.yml` beside `chapters/`: the book's title and, if given, the chapter
/// order (otherwise chapters are read in file-name order).
public struct BookConfig: Decodable, Sendable {
    public var title: String?
    public var author: String?
    public var description: String?
    /// File names inside `chapters/`, in reading order.
    public var chapters: [String]?

    public init(title: String? = nil, author: String? = nil, description: String? = nil,
                chapters: [String]? = nil) {
        self.title = title
        self.author = author
        self.description = description
        self.chapters = chapters
    }

    /// Reads `path`; a missing file is an empty config, a malformed one a Diagnostic.
    static func load(at path: String, displayPath: String) throws -> BookConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return BookConfig() }
        let text = String(decoding: data, as: UTF8.self)
        do {
            return try YAMLDecoder().decode(BookConfig.self, from: text)
        } catch let error as YamlError {
            var location = SourceLocation(file: displayPath, line: 1)
            if case .scanner(_, _, let mark, _) = error { location.line = mark.line }
            if case .parser(_, _, let mark, _) = error { location.line = mark.line }
            throw Diagnostic.error("bad book config: \(error)", at: location)
        } catch {
            throw Diagnostic.error(
                "bad book config: expected 'title:', 'author:', 'description:' and a "
                + "'chapters:' list of file names (\(error))",
                at: SourceLocation(file: displayPath, line: 1))
        }
    }
}
