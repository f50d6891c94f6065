import ArgumentParser
import BookCore
import Foundation

/// `glia watch`: build, then build again whenever something in the book's folder changes,
/// without serving (`glia serve` also serves the site and reloads open pages).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build the book, then rebuild whenever its sources change (Ctrl-C stops).")

    @OptionGroup var book: BookOptions

    @Option(name: [.short, .long], help: "Folder to write the site into.")
    var output: String = "output"

    func run() throws {
        InterruptHandler.install()
        let layout = book.layout(output: output)
        let reporter = ProgressReporter(quiet: false, explain: true)
        var pipeline = BuildPipeline(layout: layout, force: false, jobs: nil, reporter: reporter)
        pipeline.memory = BuildMemory(updatesOutputInPlace: false)  // a save re-does only what it changed
        // Watching starts before the first build, so a save while it runs is built next.
        let watcher = FileWatcher(book: layout)
        _ = pipeline.run()
        reporter.say("glia: watching \(layout.root) for changes (Ctrl-C stops)")
        while true {
            let (changes, _) = watcher.nextChanges()
            if changes.contains(where: { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }) {
                _ = pipeline.run()
            }
        }
    }
}
