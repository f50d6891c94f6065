import ArgumentParser
import BookCore
import Foundation

/// `glia check`: parse every chapter and report problems without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse every chapter and report problems, without running cells.")

    @OptionGroup var book: BookOptions

    func run() throws {
        let diagnostics = DiagnosticEngine(consumers: [TerminalDiagnostics()])
        let stages = BuildStages(layout: book.layout(), diagnostics: diagnostics,
                                 reporter: ProgressReporter(quiet: true, explain: false))
        guard let loaded = stages.load() else { throw ExitCode.failure }
        let cells = loaded.pages.reduce(0) { $0 + $1.cells.count }
        print("glia: \(counted(loaded.chapters.count, "chapter")), \(counted(cells, "cell")): "
              + "no problems found")
    }
}
