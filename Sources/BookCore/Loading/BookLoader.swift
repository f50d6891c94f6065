import Foundation
import GliaProtocol

/// Stage 1 of the pipeline: reads `chapters/` (and `book.yml`) under a book root into a `Book`.
public struct BookLoader {
    public static let chaptersFolder = "chapters"
    public static let configFile = "book.yml"
    public static let indexFile = "index.md"

    public let root: String
    /// Chapters parsed by earlier builds of this process, reused when their text is the same.
    public var memory: ParsedChapters?

    public init(root: String, memory: ParsedChapters? = nil) {
        self.root = root
        self.memory = memory
    }

    /// Loads and parses every chapter, reporting every problem it can find; nil if any is an
    /// error.
    public func load(reportingTo diagnostics: DiagnosticEngine) -> Book? {
        let rootPath = AbsolutePath(root)
        let chaptersPath = rootPath.appending(Self.chaptersFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chaptersPath.string, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            diagnostics.emit(.error(
                "no '\(Self.chaptersFolder)' folder in \(root): create it and add Markdown "
                + "files such as \(Self.chaptersFolder)/01-introduction.md"))
            return nil
        }
        let (config, configProblems) = BookConfig.load(at: rootPath.appending(Self.configFile).string,
                                                       displayPath: Self.configFile)
        var found = configProblems
        let files = chapterFiles(in: chaptersPath, config: config, problems: &found)
        // Chapters are parsed in parallel (each on its own), their problems kept in book order.
        var wanted = files.enumerated().map { (name: $1.name, number: $0 + 1, listedAt: $1.listedAt) }
        let hasIndex = FileManager.default.fileExists(atPath: chaptersPath.appending(Self.indexFile).string)
        if hasIndex { wanted.append((Self.indexFile, 0, nil)) }
        var parsed = wanted.concurrentMap { parseFile($0.name, number: $0.number, listedAt: $0.listedAt) }
        let index = hasIndex ? parsed.removeLast() : nil
        var chapters: [Chapter] = []
        for (chapter, problems) in parsed {
            found += problems
            if let chapter { chapters.append(chapter) }
        }
        found += index?.problems ?? []
        if files.isEmpty && !found.contains(where: \.isError) {
            found.append(.error("'\(Self.chaptersFolder)' holds no chapters: add Markdown "
                                + "files such as \(Self.chaptersFolder)/01-introduction.md"))
        }
        diagnostics.emit(found)
        guard !found.contains(where: \.isError) else { return nil }
        let front = index?.chapter
        let title = config.title ?? front?.title ?? rootPath.name
        var book = Book(title: title, author: config.author,
                        description: config.description ?? front?.frontMatter["description"],
                        root: root, index: front, chapters: chapters)
        book.codeFold = config.codeFold ?? false
        book.code = config.code
        book.settings = config.settings
        return book
    }

    /// The chapter whose file was saved last, parsed on its own into `memory` (which `load`
    /// then reuses), so that a build can start compiling it before it reads the rest of the
    /// book. Nil when there is no memory to keep the parse in, when the book has its own code
    /// (`code:` in book.yml, which the chapter's program needs compiled first), or when the
    /// book or that chapter has a problem: `load` reports those.
    public func chapterSavedLast() -> Chapter? {
        guard let memory else { return nil }
        let rootPath = AbsolutePath(root)
        let (config, configProblems) = BookConfig.load(at: rootPath.appending(Self.configFile).string,
                                                       displayPath: Self.configFile)
        guard config.code == nil, !configProblems.contains(where: \.isError) else { return nil }
        var problems: [Diagnostic] = []
        let chaptersPath = rootPath.appending(Self.chaptersFolder)
        let files = chapterFiles(in: chaptersPath, config: config, problems: &problems)
        let modified = files.map { FileStamp(of: chaptersPath.appending($0.name).string)?.modified ?? 0 }
        guard let saved = modified.indices.max(by: { modified[$0] < modified[$1] }),
              !problems.contains(where: \.isError) else { return nil }
        let relative = "\(Self.chaptersFolder)/\(files[saved].name)"
        guard let data = FileManager.default.contents(atPath: rootPath.appending(relative).string),
              let source = String(data: data, encoding: .utf8) else { return nil }
        let (chapter, found) = memory.parse(source, path: relative, number: saved + 1)
        return found.contains(where: \.isError) ? nil : chapter
    }

    /// A chapter file to read, with the `book.yml` line that lists it (if it is listed).
    private struct ChapterFile {
        var name: String
        var listedAt: SourceLocation?
    }

    /// Chapter file names: from the config if it lists them, else every `.md` but the index,
    /// sorted by name (so `01-…`, `02-…` give the order). Each chapter's page and work folder
    /// are named by its slug (the file name without `.md`), so slugs must be unique.
    private func chapterFiles(in folder: AbsolutePath, config: BookConfig,
                              problems: inout [Diagnostic]) -> [ChapterFile] {
        guard let listed = config.chapters else {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.string)
            } catch {
                problems.append(.error("cannot read \(folder): \(error.localizedDescription)"))
                return []
            }
            return names.filter { $0.hasSuffix(".md") && $0 != Self.indexFile && !$0.hasPrefix(".") }
                .sorted().map { ChapterFile(name: $0) }
        }
        var files: [ChapterFile] = []
        var slugs: [String: SourceLocation] = [:]
        for entry in listed {
            let path = folder.appending(entry.file)
            guard folder.contains(path), path != folder else {
                problems.append(.error("chapter '\(entry.file)' is outside \(Self.chaptersFolder)/: "
                                       + "list files inside it", at: entry.location))
                continue
            }
            let name = folder.relativePath(of: path) ?? entry.file
            guard name.hasSuffix(".md") else {
                problems.append(.error("chapter '\(entry.file)' is not a Markdown file: chapters "
                                       + "end in '.md'", at: entry.location))
                continue
            }
            if name == Self.indexFile {
                problems.append(.error("'\(Self.indexFile)' is the front page and is read on its own: "
                                       + "remove it from the chapters list", at: entry.location))
                continue
            }
            let slug = Chapter.slug(forPath: name)
            if let first = slugs[slug] {
                problems.append(.error(
                    "chapter '\(entry.file)' would have the same page (\(slug).html) as the entry at "
                    + "line \(first.line): list each chapter once, and give chapters in different "
                    + "folders different file names", at: entry.location))
                continue
            }
            if !FileManager.default.fileExists(atPath: path.string) {
                problems.append(.error("chapter '\(entry.file)' listed in \(Self.configFile) does "
                                       + "not exist in \(Self.chaptersFolder)/", at: entry.location))
                continue
            }
            slugs[slug] = entry.location
            files.append(ChapterFile(name: name, listedAt: entry.location))
        }
        return files
    }

    private func parseFile(_ name: String, number: Int, listedAt: SourceLocation?)
        -> (chapter: Chapter?, problems: [Diagnostic]) {
        let relative = "\(Self.chaptersFolder)/\(name)"
        let path = AbsolutePath(root).appending(relative).string
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [.error("cannot read \(relative): \(Self.unreadableReason(path))", at: listedAt)])
        }
        guard let source = String(data: data, encoding: .utf8) else {
            return (nil, [TextDecoding.invalidUTF8(data, file: relative)])
        }
        return memory?.parse(source, path: relative, number: number)
            ?? ChapterParser().parse(source, path: relative, number: number)
    }

    /// Why a file cannot be read, in words ("a symbolic link to 'x.md', which does not exist").
    private static func unreadableReason(_ path: String) -> String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
           !FileManager.default.fileExists(atPath: path) {
            return "it is a symbolic link to '\(target)', which does not exist"
        }
        if FileManager.default.fileExists(atPath: path) && !FileManager.default.isReadableFile(atPath: path) {
            return "permission denied"
        }
        return FileManager.default.fileExists(atPath: path) ? "it could not be opened" : "it does not exist"
    }
}
