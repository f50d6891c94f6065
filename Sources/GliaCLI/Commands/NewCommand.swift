import ArgumentParser
import BookCore
import Foundation

/// `glia new DIR`: a book that builds at once, to start from.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new book (book.yml, a front page and one chapter that trains a network).")

    @Argument(help: "The folder to create the book in.")
    var folder: String

    @Option(help: "The book's title.")
    var title: String = "My glia book"

    @Flag(help: "Write into a folder that already holds files (never overwrites a file).")
    var force = false

    func run() throws {
        let target = AbsolutePath(folder)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: target.string)) ?? []
        if !existing.filter({ $0 != ".git" && $0 != ".gitkeep" }).isEmpty && !force {
            throw ValidationError("'\(folder)' is not empty: choose a new folder, or add --force to "
                                  + "write the book's files beside what is there")
        }
        let template = try Self.templateFolder()
        let files = FileManager.default.enumerator(atPath: template.string)?
            .compactMap { $0 as? String }
            .filter { !$0.hasSuffix("/") && Self.isFile(template.appending($0)) }.sorted() ?? []
        let safeTitle = title.replacingOccurrences(of: "\"", with: "'")
        for relative in files {
            let destination = target.appending(relative)
            guard !FileManager.default.fileExists(atPath: destination.string) else {
                throw ValidationError("'\(destination)' already exists; nothing was overwritten")
            }
        }
        for relative in files {
            let destination = target.appending(relative)
            try FileManager.default.createDirectory(atPath: destination.parent.string,
                                                    withIntermediateDirectories: true)
            let text = try String(contentsOfFile: template.appending(relative).string, encoding: .utf8)
            try text.replacingOccurrences(of: "{{TITLE}}", with: safeTitle)
                .write(toFile: destination.string, atomically: true, encoding: .utf8)
        }
        print("glia: created the book '\(title)' in \(target)")
        print("  \(files.map { "\(folder)/\($0)" }.joined(separator: "\n  "))")
        print("next:")
        print("  glia serve --root \(folder)     # build, open http://127.0.0.1:3000/, rebuild on every save")
        print("  glia build --root \(folder)     # or build once into \(folder)/output/")
    }

    private static func isFile(_ path: AbsolutePath) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path.string, isDirectory: &folder) && !folder.boolValue
    }

    /// The template among glia's resources.
    static func templateFolder() throws -> AbsolutePath {
        try GliaResources.path("new-book")
    }
}
