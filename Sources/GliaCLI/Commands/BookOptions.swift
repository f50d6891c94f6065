import ArgumentParser
import BookCore
import Foundation

/// Options every command that reads a book shares.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding 'chapters/' (and optionally 'book.yml').")
    var root: String = "."

    /// Where the book's files are, with the site going to `output` (relative to the root).
    func layout(output: String = "output", baseline: String = "figures-baseline") -> BookLayout {
        BookLayout(root: root, output: output, baseline: baseline)
    }
}
