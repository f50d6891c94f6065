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
        do {
            let (loaded, warnings) = try BookLoader(root: book.rootPath).load()
            warnings.forEach { printDiagnostic($0) }
            let cells = loaded.chapters.reduce(0) { $0 + $1.cells.count }
            print("glia: \(counted(loaded.chapters.count, "chapter")), \(counted(cells, "cell")): "
                  + "no problems found")
        } catch let list as DiagnosticList {
            list.diagnostics.forEach { printDiagnostic($0) }
            throw ExitCode.failure
        }
    }
}
