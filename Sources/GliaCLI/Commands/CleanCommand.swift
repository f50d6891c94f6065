import ArgumentParser
import Foundation

/// `glia clean`: forget cached results, so the next build runs every chapter.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Delete the cache of chapter results (.glia-cache/).")

    @OptionGroup var book: BookOptions

    func run() throws {
        let path = book.cachePath
        guard FileManager.default.fileExists(atPath: path) else {
            print("glia: nothing to clean")
            return
        }
        try FileManager.default.removeItem(atPath: path)
        print("glia: removed \(path)")
    }
}
