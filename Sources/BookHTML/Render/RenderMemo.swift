import BookCore
import Foundation

/// What the last render made, kept by a long-lived process (glia serve) for the next one: page
/// bodies, page frames, each chapter's search entries and part of the print page, the search
/// index, the formulas' HTML and the pruned KaTeX files. A part is reused when everything it is made from equals what it was made
/// from last time (see `Memo`), so a save re-renders only what it touched.
public final class RenderMemo: @unchecked Sendable {
    public init() {}

    let bodies = Memo<PageBodyInputs, PageBody>()
    /// Framed pages, as the bytes handed to the writer: a page reused is the very array written
    /// last time, so the in-place update finds it unchanged without comparing its bytes.
    let frames = Memo<FrameInputs, [UInt8]>()
    /// A chapter's search entries and the number of words in them.
    let search = Memo<SearchInputs, (entries: [SearchEntry], words: Int)>()
    let printSections = Memo<PrintSectionInputs, String>()
    let searchIndex = Memo<[SearchEntry], [UInt8]>()
    let katexFiles = Memo<[String], [SiteFile]>()
    let math = Memo<MathInputs, MathPrerenderer.Output?>()
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
        renderer.filesLookedAt.allSatisfy { FileIdentity(of: $0.path, followingLinks: true) == $0.identity }
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

/// Everything a chapter's part of the print page is made from.
struct PrintSectionInputs: Equatable {
    var chapter: PrintPage.Chapter
    var pages: Set<String>
}

/// What the formulas' HTML is made from.
struct MathInputs: Equatable {
    var formulas: [MathFormula.Key]
    var katex: String
}
