import BookCore
import Foundation

/// What the last render made, kept by a long-lived process (glia serve) for the next one: page
/// bodies, page frames, each chapter's search entries, the print page, the search index and the
/// pruned KaTeX files. A part is reused when everything it is made from equals what it was made
/// from last time. The inputs are compared, not hashed: a chapter that did not change is the
/// very value parsed before (see `ParsedChapters`), and comparing a value with itself stops at
/// its first shared buffer, so a save re-renders only what it touched for almost nothing.
public final class RenderMemo: @unchecked Sendable {
    public init() {}

    let bodies = Memo<PageBodyInputs, PageBody>()
    let frames = Memo<FrameInputs, String>()
    let search = Memo<SearchInputs, [SearchEntry]>()
    let printPage = Memo<[PrintPage.Chapter], String>()
    let searchIndex = Memo<[SearchEntry], String>()
    let katexFiles = Memo<[String], [SiteFile]>()
}

/// One slot per name (a page, a chapter): its last inputs and what they made.
final class Memo<Inputs: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String: (inputs: Inputs, value: Value)] = [:]

    /// The value made from `inputs` last time under `name` (if `isCurrent` says it still
    /// holds: it may depend on files), or `make()`'s, remembered.
    func value(_ name: String, for inputs: Inputs, isCurrent: (Value) -> Bool = { _ in true },
               _ make: () -> Value) -> Value {
        lock.lock()
        let slot = slots[name]
        lock.unlock()
        if let slot, slot.inputs == inputs, isCurrent(slot.value) { return slot.value }
        let value = make()
        lock.lock()
        slots[name] = (inputs, value)
        lock.unlock()
        return value
    }
}

/// Everything a page body is made from.
struct PageBodyInputs: Equatable {
    var chapter: Chapter
    var link: PageLink
    var result: ChapterResult?
    var catalog: FigureCatalog.PageView
    var labels: NumberedLabels
    var slugs: Set<String>
    var foldCode: Bool
    var apiLinks: [String: String]
    var bookRoot: String
    var bookTitle: String
}

/// A page body as the render's first pass makes it.
struct PageBody {
    var renderer: PageRenderer
    var body: String
    var downloads: [SiteFile]

    /// Whether every file the page looked at (figures, images) is as it was.
    var filesAreUnchanged: Bool {
        renderer.filesLookedAt.allSatisfy { FileSystem.Identity(of: $0.path, followingLinks: true) == $0.identity }
    }
}

extension Array where Element == SiteFile {
    /// Whether every file to copy is still there (the pruned KaTeX fonts are kept in the cache,
    /// which `glia clean` may empty while glia serve runs).
    var sourcesExist: Bool {
        allSatisfy { file in
            guard case .copy(let source) = file.contents else { return true }
            return FileSystem.isFile(source)
        }
    }
}

/// Everything a page frame is made from.
struct FrameInputs: Equatable {
    var layout: PageLayout
    var body: String
}

/// Everything a chapter's search entries are made from.
struct SearchInputs: Equatable {
    var chapter: Chapter
    var link: PageLink
    var result: ChapterResult?
    var catalog: FigureCatalog.PageView
}
