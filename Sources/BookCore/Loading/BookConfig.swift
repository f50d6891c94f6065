import Foundation
import Yams

/// The optional `book.yml` beside `chapters/`: the book's title and, if given, the chapter
/// order (otherwise chapters are read in file-name order).
///
/// Read from Yams' node tree rather than a decoder, so every problem (an unknown key, a value
/// of the wrong kind, a chapter entry) is reported at its own line and column.
public struct BookConfig: Sendable {
    public var title: String?
    public var author: String?
    public var description: String?
    /// File names inside `chapters/`, in reading order, with the line each is listed at.
    public var chapters: [Entry]?
    /// Fold every cell's code by default (a cell's `code-fold` option wins).
    public var codeFold: Bool?
    /// `code:`, the book's own Swift code.
    public var code: BookCodeFolder?
    /// `lang`, `site-url`, `edit-url`, `favicon`.
    public var settings = BookSettings()

    /// One `chapters:` entry.
    public struct Entry: Sendable, Equatable {
        public var file: String
        public var location: SourceLocation
    }

    /// The keys `book.yml` may have, with what each holds (for error messages).
    static let knownKeys: [(key: String, holds: String)] = [
        ("title", "the book's title"), ("author", "its author"),
        ("description", "a one-line summary"), ("chapters", "a list of file names in chapters/"),
        ("code-fold", "true to fold every cell's code behind 'Show code'"),
        ("lang", "the pages' language, such as 'en'"),
        ("site-url", "where the site is published, for canonical links, a sitemap and link previews"),
        ("edit-url", "a link with {path}, for 'Edit this page'"),
        ("favicon", "an image file for the browser tab"),
        ("budgets", "page weight limits in KiB: page, figure, phone"),
        ("code", "a folder of Swift files compiled into a module every chapter imports"),
        ("reference", "false to leave out the API reference pages"),
    ]

    public init(title: String? = nil, author: String? = nil, description: String? = nil,
                chapters: [Entry]? = nil) {
        self.title = title
        self.author = author
        self.description = description
        self.chapters = chapters
    }

    /// Reads `path`; a missing file is an empty config. Every problem is returned, located.
    static func load(at path: String, displayPath: String) -> (BookConfig, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (BookConfig(), []) }
        guard let text = String(data: data, encoding: .utf8) else {
            return (BookConfig(), [TextDecoding.invalidUTF8(data, file: displayPath)])
        }
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: displayPath, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (BookConfig(), [Self.diagnostic(for: error, at: at)])
        } catch {
            return (BookConfig(), [.error("cannot read \(displayPath): \(error)", at: at(nil))])
        }
        guard let root else { return (BookConfig(), []) }  // an empty file
        guard let mapping = root.mapping else {
            return (BookConfig(), [.error("\(displayPath) must be a list of 'key: value' lines "
                                          + "(\(Self.keyList))", at: at(root.mark))])
        }
        var config = BookConfig()
        var diagnostics: [Diagnostic] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            func text() -> String? {
                if let scalar = value.scalar { return scalar.string }
                diagnostics.append(.error("'\(key)' must be text on the same line, such as "
                                          + "'\(key): A course on neurons'", at: at(value.mark)))
                return nil
            }
            switch key {
            case "title": config.title = text()
            case "author": config.author = text()
            case "description": config.description = text()
            case "lang": config.settings.language = text() ?? "en"
            case "site-url":
                config.settings.siteURL = text()
                if let url = config.settings.siteURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                    diagnostics.append(.error("'site-url' must start with https:// or http://", at: at(value.mark)))
                }
            case "edit-url":
                config.settings.editURL = text()
                if let url = config.settings.editURL, !url.contains("{path}") {
                    diagnostics.append(.error("'edit-url' must contain {path}, which becomes the chapter's "
                                              + "file, such as https://github.com/me/book/edit/main/{path}",
                                              at: at(value.mark)))
                }
            case "favicon":
                config.settings.favicon = text()
                let folder = AbsolutePath(path).parent
                if let file = config.settings.favicon,
                   !FileManager.default.fileExists(atPath: folder.appending(file).string) {
                    diagnostics.append(.error("favicon '\(file)' does not exist (it is relative to the "
                                              + "book's folder)", at: at(value.mark)))
                }
            case "reference":
                switch value.scalar?.string.lowercased() {
                case "true", "yes": config.settings.reference = true
                case "false", "no": config.settings.reference = false
                default:
                    diagnostics.append(.error("'reference' must be true or false", at: at(value.mark)))
                }
            case "code-fold":
                switch value.scalar?.string.lowercased() {
                case "true", "yes": config.codeFold = true
                case "false", "no": config.codeFold = false
                default:
                    diagnostics.append(.error("'code-fold' must be true or false", at: at(value.mark)))
                }
            case "code":
                if let folder = text() {
                    let (found, problem) = BookCodeFolder.check(folder, bookRoot: AbsolutePath(path).parent,
                                                                at: at(value.mark))
                    config.code = found
                    diagnostics += problem.map { [$0] } ?? []
                }
            case "budgets":
                diagnostics += Self.readBudgets(value, into: &config.settings.budgets, at: at)
            case "chapters":
                guard let list = value.sequence else {
                    diagnostics.append(.error("'chapters' must be a list of file names, one per "
                                              + "line as '  - 01-intro.md'", at: at(value.mark)))
                    continue
                }
                config.chapters = list.compactMap { item in
                    guard let file = item.scalar?.string, !file.isEmpty else {
                        diagnostics.append(.error("each 'chapters' entry must be a file name such as "
                                                  + "'01-intro.md'", at: at(item.mark)))
                        return nil
                    }
                    return Entry(file: file, location: at(item.mark))
                }
            default:
                let close = Self.knownKeys.map(\.key).filter { Self.isTypo(key, of: $0) }
                diagnostics.append(.error(
                    "unknown key '\(key)' in \(displayPath)"
                    + (close.first.map { ": did you mean '\($0)'?" } ?? "")
                    + " (known keys: \(Self.keyList))", at: at(keyNode.mark)))
            }
        }
        return (config, diagnostics)
    }

    /// `budgets:` as a mapping of known keys to positive whole numbers of KiB.
    private static func readBudgets(_ value: Node, into budgets: inout WeightBudgets,
                                    at: (Mark?) -> SourceLocation) -> [Diagnostic] {
        let known = WeightBudgets.keys.map { "'\($0.key)' (\($0.holds))" }.joined(separator: ", ")
        guard let mapping = value.mapping else {
            return [.error("'budgets' must be indented 'key: KiB' lines below it: \(known)",
                           at: at(value.mark))]
        }
        var problems: [Diagnostic] = []
        for (keyNode, amount) in mapping {
            let key = keyNode.string ?? ""
            guard WeightBudgets.keys.contains(where: { $0.key == key }) else {
                let near = likelyTypo(of: key, among: WeightBudgets.keys.map(\.key))
                problems.append(.error("unknown budget '\(key)'"
                                       + (near.map { ": did you mean '\($0)'?" } ?? "")
                                       + " (known: \(known))", at: at(keyNode.mark)))
                continue
            }
            guard let text = amount.scalar?.string, let kib = Int(text), kib > 0 else {
                problems.append(.error("budget '\(key)' must be a whole number of KiB above 0, "
                                       + "such as '\(key): 500'", at: at(amount.mark)))
                continue
            }
            budgets.set(key, kib: kib)
        }
        return problems
    }

    private static var keyList: String {
        knownKeys.map { "'\($0.key)' (\($0.holds))" }.joined(separator: ", ")
    }

    private static func diagnostic(for error: YamlError, at: (Mark?) -> SourceLocation) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error("book.yml is not valid YAML: \(problem)", at: at(mark))
        default:
            return .error("book.yml is not valid YAML: \(error)", at: at(nil))
        }
    }

    /// Whether `word` is one edit (a letter added, dropped or changed) from `key`, or a plural.
    static func isTypo(_ word: String, of key: String) -> Bool {
        let a = Array(word.lowercased()), b = Array(key)
        if a == b { return true }
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if a.count < b.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
