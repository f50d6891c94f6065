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
    func load(memory: ParsedChapters? = nil) -> Book? {
        let clock = Date()
        guard let book = BookLoader(root: layout.root.string, memory: memory).load(reportingTo: diagnostics) else {
            return nil
        }
        let problems = FigureReferenceCheck().problems(in: book.pages) + ValueFlow(book.pages).problems
        diagnostics.emit(problems)
        if problems.contains(where: \.isError) { return nil }
        let cells = book.pages.reduce(0) { $0 + $1.cells.count }
        reporter.stage("parse", "\(counted(book.chapters.count, "chapter")), \(counted(cells, "cell"))",
                       seconds: Date().timeIntervalSince(clock))
        return book
    }

    /// Takes the book's build lock (waiting for another build of the same book), unless it is
    /// `held` already, then repairs what an interrupted build left. Everything that touches
    /// the output or the cache happens while it is held.
    func lock(held: BuildLock? = nil) -> BuildLock? {
        do {
            let lock = try held ?? BuildLock(cacheDirectory: layout.cache.string) {
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

    /// The compiler and the runtime library chapters link against; the runtime's sources are
    /// indexed later (`indexLibrary`).
    func locateToolchain() -> Toolchain? {
        Toolchain.locate(memoDirectory: layout.cache.string, indexingLibrary: false, reportingTo: diagnostics)
    }

    /// The toolchain with the runtime's sources indexed, which chapters are keyed by (see
    /// `Toolchain.indexingLibrary`).
    func indexLibrary(_ toolchain: Toolchain) -> Toolchain {
        toolchain.indexingLibrary()
    }

    /// code: the book's own Swift code (`code:` in book.yml) compiled into the module that
    /// every chapter imports, unless it is unchanged; nil if it does not compile.
    func compileBookCode(_ book: Book, into toolchain: Toolchain) -> Toolchain? {
        guard let folder = book.code else { return toolchain }
        let clock = Date()
        var toolchain = toolchain
        switch BookCode.prepare(folder, bookRoot: layout.root.string, toolchain: toolchain,
                                cacheDirectory: layout.cache.string, reportingTo: diagnostics) {
        case .compiled(let code, let seconds):
            toolchain.bookCode = code
            reporter.stage("code", "compiled \(folder.folder)/ (\(counted(folder.files.count, "file")))",
                           seconds: seconds)
        case .reused(let code):
            toolchain.bookCode = code
            reporter.stage("code", "\(folder.folder)/ unchanged", seconds: Date().timeIntervalSince(clock))
        case .failed:
            return nil
        }
        return toolchain
    }

    /// Starts compiling the program of the chapter saved last before the book is read (see
    /// `BookExecutor.compileAhead`): its file is parsed on its own, into `parsed`, which the load
    /// then reuses. Quiet: what goes wrong here (no compiler, a chapter that does not parse) is
    /// reported by the stages after. A book with its own code is left to `compileAhead`, after
    /// the code it needs is compiled.
    /// - Returns: the toolchain, when it was found, for the build to use (`locateToolchain`
    ///   finds it again, and says why, when it was not).
    func compileSavedChapterFirst(parsed: ParsedChapters) -> Toolchain? {
        guard let toolchain = Toolchain.locate(memoDirectory: layout.cache.string, indexingLibrary: false,
                                               reportingTo: DiagnosticEngine())
        else { return nil }
        if let chapter = BookLoader(root: layout.root.string, memory: parsed).chapterSavedLast() {
            BookExecutor(toolchain: toolchain, bookRoot: layout.root.string, cacheDirectory: layout.cache.string)
                .compileAhead(chapter)
        }
        return toolchain
    }

    /// Starts compiling the program of the page saved last (see `BookExecutor.compileAhead`),
    /// unless `compileSavedChapterFirst` did: in a book with its own code, once that code is
    /// compiled, and for the front page.
    func compileAhead(_ book: Book, with toolchain: Toolchain) {
        let saved = book.pages.filter { !$0.cells.isEmpty }.map { chapter in
            (chapter, FileStamp(of: layout.root.appending(chapter.path).string)?.modified ?? 0)
        }
        guard let last = saved.max(by: { $0.1 < $1.1 })?.0 else { return }
        BookExecutor(toolchain: toolchain, bookRoot: layout.root.string, cacheDirectory: layout.cache.string)
            .compileAhead(last)
    }

    /// execute: every page's cells run or are reused from the cache; nil if any chapter failed.
    /// - Parameter aheadOfRuns: see `BookExecutor.aheadOfRuns`.
    func execute(_ book: Book, with toolchain: Toolchain, force: Bool, jobs: Int?,
                 memory: ExecutionMemory? = nil,
                 aheadOfRuns: (@Sendable ([String: ChapterResult]) -> Void)? = nil) -> ExecutedBook? {
        let clock = Date()
        var executor = BookExecutor(toolchain: toolchain, bookRoot: layout.root.string,
                                    cacheDirectory: layout.cache.string)
        if let jobs { executor.jobs = jobs }
        executor.force = force
        executor.memory = memory
        executor.aheadOfRuns = aheadOfRuns
        let executed = executor.run(book.pages, reportingTo: diagnostics) { [reporter] in
            reporter.chapter($0)
        }
        let failed = executed.failedCount
        reporter.stage("execute", "\(executed.ranCount) ran, \(executed.reusedCount) reused"
                       + (failed > 0 ? ", \(failed) failed" : ""),
                       seconds: Date().timeIntervalSince(clock))
        return diagnostics.hasErrors ? nil : executed
    }

    /// compare: what the chapters that ran changed against the last good site (figures by
    /// decoded pixels, numbers in the prose); printed, and kept for the changes page.
    func compareFigures(_ book: Book, _ executed: ExecutedBook) -> FigureChanges? {
        let clock = Date()
        let detector = FigureChangeDetector(siteFolder: layout.resolvedOutput,
                                            store: layout.cache.appending("changes"))
        guard let changes = detector.detect(book, executed) else { return detector.lastReport() }
        for figure in changes.figures {
            reporter.say("  \(figure.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                         + figure.summary)
        }
        for value in changes.values {
            reporter.say("  changed  \(value.location): `{swift} \(value.code)` \(value.before) → \(value.after)")
        }
        let count = changes.figures.count + changes.values.count
        reporter.stage("compare", count == 0 ? "no figure or number changed"
                       : "\(counted(count, "change")); see changes.html",
                       seconds: Date().timeIntervalSince(clock))
        return changes
    }

    /// check figures: every figure against the committed baseline; a difference beyond the
    /// tolerance is an error at the cell that drew it, and nothing is written.
    func checkFigures(_ book: Book, _ executed: ExecutedBook, tolerancePercent: Double) -> Bool {
        let clock = Date()
        let baseline = FigureBaseline(folder: layout.baseline, tolerancePercent: tolerancePercent,
                                      displayName: layout.root.relativePath(of: layout.baseline)
                                        ?? layout.baseline.string)
        let problems = baseline.check(book, executed)
        diagnostics.emit(problems)
        let failed = problems.filter(\.isError).count
        reporter.stage("figures", failed == 0 ? "all match \(baseline.displayName)"
                       : "\(counted(failed, "figure")) differ from \(baseline.displayName)",
                       seconds: Date().timeIntervalSince(clock))
        return failed == 0
    }

    /// accept figures: records every figure as the new baseline.
    func acceptFigures(_ book: Book, _ executed: ExecutedBook) -> Bool {
        if let problem = layout.baselineFolderProblem() {
            diagnostics.emit(problem)
            return false
        }
        let baseline = FigureBaseline(folder: layout.baseline, tolerancePercent: 0,
                                      displayName: layout.baseline.string)
        do {
            let count = try baseline.accept(book, executed)
            reporter.stage("figures", "recorded \(counted(count, "figure")) in \(layout.baseline)")
            return true
        } catch {
            diagnostics.emit(.error("cannot write the baseline figures into \(layout.baseline): "
                                    + error.localizedDescription))
            return false
        }
    }

    /// api: the libraries' API for the reference pages, unless book.yml says `reference: false`.
    /// It is made on another thread while the chapters compile and run: after an edit to the
    /// libraries' interfaces, extracting the symbol graphs again takes half a second.
    func startReference(_ book: Book, _ toolchain: Toolchain) -> PendingReference {
        let (enabled, cache) = (book.settings.reference, layout.cache.string)
        return PendingReference { Self.makeReference(enabled: enabled, toolchain: toolchain, cacheDirectory: cache) }
    }

    /// The reference made while the chapters ran, with its warnings and report in their usual
    /// place; nil (with a warning) when the symbol graphs cannot be made.
    func reference(_ pending: PendingReference) -> ReferenceSite? {
        let made = pending.wait()
        diagnostics.emit(made.warnings)
        if let summary = made.summary { reporter.stage("api", summary, seconds: made.seconds) }
        return made.site
    }

    private static func makeReference(enabled: Bool, toolchain: Toolchain,
                                      cacheDirectory: String) -> PendingReference.Made {
        guard enabled else { return PendingReference.Made() }
        let collected = DiagnosticEngine()
        guard let files = SymbolGraphs.files(for: toolchain, cacheDirectory: cacheDirectory, reportingTo: collected),
              let folder = files.first.map({ AbsolutePath($0).parent })
        else { return PendingReference.Made(warnings: collected.diagnostics) }
        do {
            let clock = Date()
            let reference = try ReferenceSite.load(symbolGraphs: files,
                                                   cache: folder.appending(referenceCacheName).string)
            return PendingReference.Made(
                site: reference, warnings: collected.diagnostics,
                summary: "\(reference.documented + reference.undocumented) public symbols, "
                    + "\(reference.undocumented) without documentation",
                seconds: Date().timeIntervalSince(clock))
        } catch {
            return PendingReference.Made(warnings: collected.diagnostics + [
                .warning("the API reference is left out: cannot read the symbol graphs: \(error)")])
        }
    }

    /// The reference pages depend on the graphs (the folder is per runtime build) and on the
    /// glia that rendered them: a rebuilt glia renders them again.
    static let referenceCacheName: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let stamp = "\(exe)|" + FileStamp.text(of: exe)
        return "reference-pages-\(String(SHA256.hex(stamp).prefix(12))).json"
    }()

    /// render: pages, figures, assets and the search index, in memory.
    func render(_ book: Book, _ executed: ExecutedBook, changes: FigureChanges?,
                reference: ReferenceSite?, memo: RenderMemo? = nil) -> Site? {
        Interruption.pausePoint("render")
        let clock = Date()
        let site = renderSite(book, results: executed.results, changes: changes, reference: reference,
                              memo: memo, reportingTo: diagnostics)
        reporter.stage("render", "\(site.pageCount) pages", seconds: Date().timeIntervalSince(clock))
        return diagnostics.hasErrors ? nil : site
    }

    /// Renders, while chapters run, the site they would make if each gave its last stored
    /// results, into `memo`, and writes it into the folder the build's write then brings up to
    /// date (see `RenderAhead`); what it says is not kept.
    func renderAhead(_ book: Book, lastResults: [String: ChapterResult], reference: PendingReference,
                     memo: RenderMemo, staged: WrittenSite) {
        let site = renderSite(book, results: lastResults, changes: nil, reference: reference.wait().site,
                              memo: memo, reportingTo: DiagnosticEngine())
        SiteWriter(layout: layout).stage(site, remembering: staged)
    }

    private func renderSite(_ book: Book, results: [String: ChapterResult], changes: FigureChanges?,
                            reference: ReferenceSite?, memo: RenderMemo?,
                            reportingTo diagnostics: DiagnosticEngine) -> Site {
        var options = SiteOptions()
        options.reference = reference
        options.changes = changes
        options.changesFolder = layout.cache.appending("changes").string
        options.mathCache = layout.cache.appending("math.json").string
        options.fontCache = layout.cache.appending("fonts").string
        options.memo = memo
        return SiteRenderer(book: book, results: results, options: options).render(reportingTo: diagnostics)
    }

    /// weigh: each page's weight against the book's budgets, as warnings (errors when
    /// `strict`); `table` prints every page's weights. False when a budget failed the build.
    func weigh(_ book: Book, _ site: Site, strict: Bool, table: Bool) -> Bool {
        let found = WeightReport.diagnostics(site.weights, budgets: book.settings.budgets,
                                             strict: strict)
        diagnostics.emit(found)
        if table { reporter.say(WeightReport.table(site.weights)) }
        if let heaviest = site.weights.max(by: { $0.phoneBytes < $1.phoneBytes }) {
            reporter.stage("weigh", "heaviest on a phone: \(heaviest.page), "
                           + WeightReport.kib(heaviest.phoneBytes)
                           + (found.isEmpty ? "; every page within its budgets"
                              : "; \(counted(found.count, "budget")) exceeded"))
        }
        return !found.contains(where: \.isError)
    }

    /// write: the site replaces the output folder in one rename; or, `inPlace` (glia serve),
    /// only the files that differ are replaced, one by one. `staged`: see `SiteWriter.stage`.
    func write(_ site: Site, inPlace memory: WrittenSite? = nil, staged: WrittenSite? = nil) -> Bool {
        let clock = Date()
        let total = site.files.count + 1
        do {
            if let memory {
                let touched = try SiteWriter(layout: layout).update(site, remembering: memory)
                reporter.stage("write", "\(touched) of \(total) files changed in \(layout.output)",
                               seconds: Date().timeIntervalSince(clock))
                return true
            }
            let written = try SiteWriter(layout: layout).write(site, staged: staged)
            let wroteAhead = !(staged?.isEmpty ?? true)
            reporter.stage("write", written == 0 && !wroteAhead ? "nothing: \(layout.output) holds this site already"
                           : "\(total) files into \(layout.output)"
                             + (written < total ? " (\(total - written) of them while chapters ran)" : ""),
                           seconds: Date().timeIntervalSince(clock))
        } catch {
            diagnostics.emit(.error("\(error)"))
            return false
        }
        return true
    }
}
