import BookCore
import BookExecution
import BookHTML
import Foundation

/// The named steps of a build. `build`, `check` and `watch` (and the coming `serve` and
/// `pdf`) compose these instead of repeating them. Each step reports what went wrong to the
/// one diagnostic engine and returns only its value, nil when it failed.
struct BuildStages {
    let layout: BookLayout
    let diagnostics: DiagnosticEngine
    let reporter: ProgressReporter

    /// load + parse: `chapters/` and `book.yml` → Book.
    func load() -> Book? {
        let clock = Date()
        guard let book = BookLoader(root: layout.root.string).load(reportingTo: diagnostics) else {
            return nil
        }
        let cells = book.pages.reduce(0) { $0 + $1.cells.count }
        reporter.stage("parse", "\(counted(book.chapters.count, "chapter")), \(counted(cells, "cell"))",
                       seconds: Date().timeIntervalSince(clock))
        return book
    }

    /// Takes the book's build lock (waiting for another build of the same book), then repairs
    /// what an interrupted build left. Everything that touches the output or the cache
    /// happens while it is held.
    func lock() -> BuildLock? {
        do {
            let lock = try BuildLock(cacheDirectory: layout.cache.string) {
                reporter.say("glia: another build of this book is running; waiting for it to finish")
            }
            SiteWriter(layout: layout).recoverInterruptedWrite()
            return lock
        } catch {
            diagnostics.emit(.error("cannot lock \(layout.cache): \(error.localizedDescription)"))
            return nil
        }
    }

    /// Fails before minutes of training if the site could not be written anyway.
    func checkOutput() -> Bool {
        do {
            try SiteWriter(layout: layout).checkWritable()
            return true
        } catch {
            diagnostics.emit(.error("\(error)"))
            return false
        }
    }

    /// The compiler and the runtime library chapters link against.
    func locateToolchain() -> Toolchain? {
        Toolchain.locate(memoDirectory: layout.cache.string, reportingTo: diagnostics)
    }

    /// execute: every page's cells run or are reused from the cache; nil if any chapter failed.
    func execute(_ book: Book, with toolchain: Toolchain, force: Bool, jobs: Int?) -> ExecutedBook? {
        let clock = Date()
        var executor = BookExecutor(toolchain: toolchain, bookRoot: layout.root.string,
                                    cacheDirectory: layout.cache.string)
        if let jobs { executor.jobs = jobs }
        executor.force = force
        let executed = executor.run(book.pages, reportingTo: diagnostics) { [reporter] in
            reporter.chapter($0)
        }
        let failed = executed.failedCount
        reporter.stage("execute", "\(executed.ranCount) ran, \(executed.reusedCount) reused"
                       + (failed > 0 ? ", \(failed) failed" : ""),
                       seconds: Date().timeIntervalSince(clock))
        return diagnostics.hasErrors ? nil : executed
    }

    /// render: pages, figures, assets and the search index, in memory.
    func render(_ book: Book, _ executed: ExecutedBook) -> Site? {
        let clock = Date()
        let site = SiteRenderer(book: book, results: executed.results, options: SiteOptions())
            .render(reportingTo: diagnostics)
        reporter.stage("render", "\(site.pageCount) pages", seconds: Date().timeIntervalSince(clock))
        return diagnostics.hasErrors ? nil : site
    }

    /// write: the site replaces the output folder in one rename.
    func write(_ site: Site) -> Bool {
        let clock = Date()
        do {
            try SiteWriter(layout: layout).write(site)
        } catch {
            diagnostics.emit(.error("\(error)"))
            return false
        }
        reporter.stage("write", "\(site.files.count + 1) files into \(layout.output)",
                       seconds: Date().timeIntervalSince(clock))
        return true
    }
}
