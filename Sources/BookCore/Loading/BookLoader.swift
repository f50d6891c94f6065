import Foundation

/// Stage 1 of the pipeline: reads `chapters/` (and `book.yml`) under a book root into a `Book`.
public struct BookLoader {
    public static let chaptersFolder = "chapters"
    public static let configFile = "book.yml"
    public static let indexFile = "index.md"

    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Loads and parses every chapter, reporting every problem it can find; nil if any is an
    /// error.
    public func load(reportingTo diagnostics: DiagnosticEngine) -> Book? {
        do {
            let (book, warnings) = try loadCollectingWarnings()
            diagnostics.emit(warnings)
            return book
        } catch let list as DiagnosticList {
            diagnostics.emit(list.diagnostics)
        } catch {
            diagnostics.emit(.error("\(error)"))
        }
        return nil
    }

    private func loadCollectingWarnings() throws -> (book: Book, warnings: [Diagnostic]) {
        let chaptersPath = (root as NSString).appendingPathComponent(Self.chaptersFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chaptersPath, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw DiagnosticList([.error(
                "no '\(Self.chaptersFolder)' folder in \(root): create it and add Markdown "
                + "files such as \(Self.chaptersFolder)/01-introduction.md")])
        }
        let config = try loadConfig()
        let files = try chapterFiles(in: chaptersPath, config: config)
        var diagnostics: [Diagnostic] = []
        var chapters: [Chapter] = []
        for (offset, file) in files.enumerated() {
            let (chapter, found) = parseFile(file, number: offset + 1)
            diagnostics += found
            if let chapter { chapters.append(chapter) }
        }
        var index: Chapter?
        let indexPath = (chaptersPath as NSString).appendingPathComponent(Self.indexFile)
        if FileManager.default.fileExists(atPath: indexPath) {
            let (chapter, found) = parseFile(Self.indexFile, number: 0)
            diagnostics += found
            index = chapter
        }
        if files.isEmpty {
            diagnostics.append(.error("'\(Self.chaptersFolder)' holds no chapters: add Markdown "
                                      + "files such as \(Self.chaptersFolder)/01-introduction.md"))
        }
        let errors = diagnostics.filter(\.isError)
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        let title = config.title ?? index?.title
            ?? URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        let book = Book(title: title, author: config.author,
                        description: config.description ?? index?.frontMatter["description"],
                        root: root, index: index, chapters: chapters)
        return (book, diagnostics.filter { !$0.isError })
    }

    private func loadConfig() throws -> BookConfig {
        let path = (root as NSString).appendingPathComponent(Self.configFile)
        do {
            return try BookConfig.load(at: path, displayPath: Self.configFile)
        } catch let diagnostic as Diagnostic {
            throw DiagnosticList([diagnostic])
        }
    }

    /// Chapter file names: from the config if it lists them, else every `.md` but the index,
    /// sorted by name (so `01-…`, `02-…` give the order).
    private func chapterFiles(in folder: String, config: BookConfig) throws -> [String] {
        if let listed = config.chapters {
            let missing = listed.filter {
                !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
            }
            guard missing.isEmpty else {
                throw DiagnosticList(missing.map {
                    .error("chapter '\($0)' listed in \(Self.configFile) does not exist in "
                           + "\(Self.chaptersFolder)/", at: SourceLocation(file: Self.configFile, line: 1))
                })
            }
            return listed
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DiagnosticList([.error("cannot read \(folder): \(error.localizedDescription)")])
        }
        return names.filter { $0.hasSuffix(".md") && $0 != Self.indexFile && !$0.hasPrefix(".") }
            .sorted()
    }

    private func parseFile(_ name: String, number: Int) -> (Chapter?, [Diagnostic]) {
        let relative = "\(Self.chaptersFolder)/\(name)"
        let path = (root as NSString).appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [.error("cannot read \(relative)")])
        }
        guard let source = String(data: data, encoding: .utf8) else {
            return (nil, [.error("\(relative) is not UTF-8 text: save it as UTF-8",
                                 at: SourceLocation(file: relative, line: 1))])
        }
        return ChapterParser().parse(source, path: relative, number: number)
    }
}
