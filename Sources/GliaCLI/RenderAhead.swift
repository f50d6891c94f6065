import BookCore
import BookHTML
import Foundation

/// A `glia build` renders and writes the pages that will not change while chapters compile and
/// run (the compiler keeps one core busy): into the memo the build's own render then takes them
/// from, and into the folder that its write then swaps into place. After a one-cell edit only
/// that chapter's pages are left to make and write when its run ends. glia serve has no need:
/// its memo holds the last build's pages, and it updates the output folder in place.
final class RenderAhead: @unchecked Sendable {
    private let group = DispatchGroup()
    /// What the render ahead wrote into the output's staging folder (`SiteWriter.stage`).
    let staged = WrittenSite()

    /// Whether a render was started (it may have written the staging folder).
    private(set) var started = false

    /// Starts `render` in the background (`BackgroundWork`).
    func start(_ render: @escaping @Sendable () -> Void) {
        started = true
        group.enter()
        BackgroundWork.inBackground(render) { [group] in group.leave() }
    }

    /// What `BookExecutor.aheadOfRuns` calls: renders the book with the chapters' last results.
    func renderer(_ stages: BuildStages, _ book: Book, _ reference: PendingReference,
                  _ memo: RenderMemo) -> @Sendable ([String: ChapterResult]) -> Void {
        { [self] lastResults in
            start {
                stages.renderAhead(book, lastResults: lastResults, reference: reference, memo: memo, staged: self.staged)
            }
        }
    }

    /// Waits for the render started, if one was.
    func wait() {
        group.wait()
    }
}
