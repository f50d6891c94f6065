import ArgumentParser
import BookCore
import Foundation

/// `glia watch`: build, then build again whenever a chapter, `book.yml`, a data file or the
/// runtime library changes, the way `mdbook serve` or `quarto preview` keep a book fresh while you write.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build the book, then rebuild whenever its sources change (Ctrl-C stops).")

    @OptionGroup var book: BookOptions

    @Option(name: [.short, .long], help: "Folder to write the site into.")
    var output: String = "output"

    @Option(help: "Seconds between checks for changes.")
    var interval: Double = 0.5

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive") }
    }

    func run() throws {
        InterruptHandler.install()
        let reporter = ProgressReporter(quiet: false, explain: true)
        let pipeline = BuildPipeline(layout: book.layout(output: output), force: false, jobs: nil,
                                     reporter: reporter)
        var seen = snapshot()
        _ = pipeline.run()
        reporter.say("glia: watching \(book.layout().root) for changes (Ctrl-C stops)")
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = snapshot()
            guard now != seen else { continue }
            seen = now
            _ = pipeline.run()
        }
    }

    /// Size and modification time of the book's sources: `chapters/`, `book.yml`, `data/`, and
    /// the runtime library next to glia (so rebuilding the library re-runs what depends on it).
    private func snapshot() -> [String: String] {
        var files: [String: String] = [:]
        let manager = FileManager.default
        let executable = (try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let runtime = AbsolutePath(executable).parent.appending("libNotebookRuntime.so").string
        let layout = book.layout()
        var paths = [runtime, layout.config.string]
        for folder in [layout.chapters, layout.root.appending("data")] {
            for relative in manager.subpaths(atPath: folder.string) ?? [] {
                paths.append(folder.appending(relative).string)
            }
        }
        for path in paths {
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            files[path] = "\(size)@\(modified)"
        }
        return files
    }
}
