import BookCore
import BookExecution
import BookHTML

/// What a long-lived process (glia serve, glia watch) keeps from one build for the next, so a
/// save costs about what it changed: the parsed chapters, the chapters' cache keys, the last
/// render's parts, and what the last update of the output folder wrote. Each part is reused
/// only while what it was made from is unchanged, so a build with this memory makes the same
/// site as a fresh `glia build`.
final class BuildMemory {
    let parsedChapters = ParsedChapters()
    let execution = ExecutionMemory()
    let render = RenderMemo()
    /// What the last update wrote, when the output folder is updated file by file (glia serve,
    /// where a save changes a few files and the page reloads right after); nil replaces the
    /// folder whole, as `glia build` does.
    let writtenSite: WrittenSite?

    init(updatesOutputInPlace: Bool) {
        writtenSite = updatesOutputInPlace ? WrittenSite() : nil
    }
}
