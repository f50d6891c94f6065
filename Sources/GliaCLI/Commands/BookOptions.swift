import ArgumentParser
import Foundation

/// Options every command that reads a book shares.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding 'chapters/' (and optionally 'book.yml').")
    var root: String = "."

    /// The book root as an absolute, normalised path.
    var rootPath: String {
        URL(fileURLWithPath: root).standardizedFileURL.path
    }

    var cachePath: String { (rootPath as NSString).appendingPathComponent(".glia-cache") }
}
