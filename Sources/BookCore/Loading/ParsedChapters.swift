import Foundation

/// Chapters already parsed, by their exact text, for a process that builds the same book
/// again and again (`glia serve`, `glia watch`): a save re-parses the file that changed, not
/// the whole book. A chapter's parse depends only on its text, path and number, so reuse is
/// exact.
public final class ParsedChapters: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: (Chapter?, [Diagnostic])] = [:]

    public init() {}

    /// `ChapterParser().parse(source, path:, number:)`, from memory when seen before.
    func parse(_ source: String, path: String, number: Int) -> (Chapter?, [Diagnostic]) {
        let key = "\(path)\u{0}\(number)\u{0}\(source)"
        lock.lock()
        if let known = parsed[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let result = ChapterParser().parse(source, path: path, number: number)
        lock.lock()
        // Only the latest text of each file is worth keeping.
        parsed = parsed.filter { !$0.key.hasPrefix(path + "\u{0}") }
        parsed[key] = result
        lock.unlock()
        return result
    }
}
