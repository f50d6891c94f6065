import ArgumentParser

/// The `glia` command line: build a book of Markdown chapters with runnable Swift cells.
public struct GliaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "glia",
        abstract: "Build a static HTML book from Markdown chapters whose Swift cells really run.")

    public init() {}
}
