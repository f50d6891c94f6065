import ArgumentParser
import Foundation

/// The `glia` command line: build a book of Markdown chapters with runnable Swift cells.
public struct GliaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "glia",
        abstract: "Build a static HTML book from Markdown chapters whose Swift cells really run.",
        discussion: """
        A book is a folder with a 'chapters/' folder of Markdown files (read in file-name \
        order, or in the order an optional 'book.yml' lists). Fenced 'swift' blocks are cells: \
        glia compiles and runs them, shows their output and figures, and caches the results \
        so only what changed runs again.
        """,
        version: GliaVersion.description,
        subcommands: [NewCommand.self, BuildCommand.self, ServeCommand.self, WatchCommand.self,
                      CheckCommand.self, CleanCommand.self, PdfCommand.self],
        defaultSubcommand: nil)

    public init() {}

    /// Runs the command line. A first word that is no subcommand is an error (exit 64) even
    /// with `--help` after it, which ArgumentParser would otherwise answer with the top-level
    /// help and success.
    public static func runCommandLine() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            let message = "glia: error: unknown command '\(first)'; the commands are "
                + names.dropLast().joined(separator: ", ") + " (see 'glia --help')\n"
            FileHandle.standardError.write(Data(message.utf8))
            Foundation.exit(64)
        }
        main()
    }
}

/// `glia --version`: glia's version and the Swift compiler it was built with (chapter programs
/// must be compiled by the same compiler as the runtime they link).
enum GliaVersion {
    static let number = "0.6.0"

    static var description: String {
        #if compiler(>=6.4)
        let swift = "6.4 or later"
        #elseif compiler(>=6.3)
        let swift = "6.3"
        #elseif compiler(>=6.2)
        let swift = "6.2"
        #else
        let swift = "before 6.2"
        #endif
        return "glia \(number) (built with Swift \(swift))"
    }
}
