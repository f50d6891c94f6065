import BookCore
import BookExecution
import BookHTML
import Foundation

/// One build, start to end: load → lock → code → execute → render → write. Every diagnostic goes to
/// one engine (printed as it comes); nothing is written if any is an error.
struct BuildPipeline {
    let layout: BookLayout
    let force: Bool
    let jobs: Int?
    let reporter: ProgressReporter
    /// What to do with the committed figure baseline.
    var figures: FigureBaselineMode = .ignore
    /// Fail, instead of warning, when a page or figure is over its weight budget.
    var strictBudgets = false
    /// Print every page's weight.
    var showWeights = false
    /// What earlier builds of a long-lived process (serve, watch) made; nil for one build.
    var memory: BuildMemory?

    /// Runs the build, reporting every problem to `diagnostics` (printed on the terminal unless
    /// told otherwise); returns false if it failed.
    @discardableResult
    func run(reportingTo diagnostics: DiagnosticEngine = DiagnosticEngine(consumers: [TerminalDiagnostics()]))
        -> Bool {
        runReturningChanges(reportingTo: diagnostics) != nil
    }

    /// Runs the build; nil if it failed, else what it changed (figures and numbers, empty when
    /// no chapter ran or nothing changed).
    /// - Parameter heldLock: the book's lock, when the caller took it already.
    func runReturningChanges(reportingTo diagnostics: DiagnosticEngine, heldLock: BuildLock? = nil) -> FigureChanges? {
        let start = Date()
        let stages = BuildStages(layout: layout, diagnostics: diagnostics, reporter: reporter)
        reporter.stage("glia", "building the book in \(layout.root)")
        let renderMemo = memory?.render ?? RenderMemo()
        let ahead = memory == nil ? RenderAhead() : nil
        func failed() -> FigureChanges? {
            reporter.say("glia: build failed after \(ProgressReporter.format(Date().timeIntervalSince(start))); "
                         + "\(layout.output) was left as it was")
            return nil
        }

        // A folder with no chapters is not a book: it is said so, and nothing is made there.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: layout.chapters.string, isDirectory: &isFolder),
              isFolder.boolValue else {
            _ = stages.load()
            return failed()
        }
        guard let lock = stages.lock(held: heldLock) else { return failed() }
        defer { withExtendedLifetime(lock) {} }
        // Before the lock goes: no compile started ahead is left running, and what was written
        // ahead and not swapped into place (the build failed) is removed.
        defer {
            BookExecutor.finishCompilesAhead()
            if let ahead {
                ahead.wait()
                if ahead.started { SiteWriter(layout: layout).discardStaged() }
            }
        }
        // An output folder that cannot be written fails the build before any compile.
        guard stages.checkOutput() else { return failed() }
        let parsed = memory?.parsedChapters ?? ParsedChapters()
        let toolchainFound = stages.compileSavedChapterFirst(parsed: parsed)
        guard let book = stages.load(memory: parsed) else {
            // A chapter does not parse: the compile started first is stopped, not waited for.
            BookExecutor.stopCompilesAhead()
            return failed()
        }
        guard let located = toolchainFound ?? stages.locateToolchain(),
              let withCode = stages.compileBookCode(book, into: located),
              // The edited chapter compiles while the library is indexed and the book keyed.
              case _ = stages.compileAhead(book, with: withCode),
              case let toolchain = stages.indexLibrary(withCode),
              case let reference = stages.startReference(book, toolchain),
              let executed = stages.execute(book, with: toolchain, force: force, jobs: jobs,
                                             memory: memory?.execution,
                                             aheadOfRuns: ahead.map { $0.renderer(stages, book, reference, renderMemo) }),
              figures.checkTolerance.map({ stages.checkFigures(book, executed, tolerancePercent: $0) }) ?? true,
              case let changes = stages.compareFigures(book, executed),
              case _ = ahead?.wait(),
              case _ = (memory?.writtenSite ?? ahead?.staged)?.startChecking(),
              let site = stages.render(book, executed, changes: changes,
                                       reference: stages.reference(reference), memo: renderMemo),
              stages.weigh(book, site, strict: strictBudgets, table: showWeights),
              stages.write(site, inPlace: memory?.writtenSite, staged: ahead?.staged),
              figures != .accept || stages.acceptFigures(book, executed)
        else { return failed() }

        let index = layout.output.appending("index.html")
        reporter.say("glia: built \(counted(book.chapters.count, "chapter")) "
                     + "(\(executed.ranCount) ran, \(executed.reusedCount) reused) in "
                     + ProgressReporter.format(Date().timeIntervalSince(start)))
        reporter.say("  open \(index) in a browser (file://\(index))")
        return executed.ranCount > 0 ? changes ?? FigureChanges() : FigureChanges()
    }
}

/// `--check-figures` and `--accept-figures`.
enum FigureBaselineMode: Equatable {
    case ignore
    /// Fail when a figure differs from the baseline by more than this share of pixels (%).
    case check(tolerancePercent: Double)
    case accept

    var checkTolerance: Double? {
        if case .check(let tolerance) = self { return tolerance }
        return nil
    }
}

/// "1 chapter", "7 chapters".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
