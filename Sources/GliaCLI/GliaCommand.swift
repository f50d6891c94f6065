import ArgumentParser

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
        subcommands: [BuildCommand.self, ServeCommand.self, WatchCommand.self, CheckCommand.self,
                      CleanCommand.self],
        defaultSubcommand: nil)

    public init() {}
}
