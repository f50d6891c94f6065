import ArgumentParser
import BookCore
import Foundation

/// `glia clean`: forget cached results, so the next build runs every chapter.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Delete the cache of chapter results (.glia-cache/).")

    @OptionGroup var book: BookOptions

    func run() throws {
        let cache = book.layout().cache
        guard FileManager.default.fileExists(atPath: cache.string) else {
            print("glia: nothing to clean")
            return
        }
        // Under the build lock, so a build running now is not left without its work folders.
        let lock = try BuildLock(cacheDirectory: cache.string) {
            print("glia: a build of this book is running; waiting for it to finish")
        }
        defer { withExtendedLifetime(lock) {} }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.string)
        for name in names where name != BuildLock.fileName {
            try FileManager.default.removeItem(atPath: cache.appending(name).string)
        }
        print("glia: removed the cached results in \(cache)")
    }
}
