import BookCore
import Foundation

/// Stage 3 of the pipeline: runs every chapter that needs it (in parallel, up to the core
/// count) and reuses cached results for the others.
public struct BookExecutor: Sendable {
    /// Progress, reported as it happens (from several threads; calls are serialised).
    public enum Event: Sendable {
        case started(chapter: String, reasons: [String])
        /// `timing` says where a run's time went ("compile 0.61 s, run 1.02 s"); empty otherwise.
        case finished(chapter: String, outcome: ChapterOutcome, seconds: Double, timing: String)
    }

    public let toolchain: Toolchain
    public let bookRoot: String
    public let cacheDirectory: String
    public var jobs: Int
    /// Run every chapter even if its cached results are valid.
    public var force = false
    /// Keys kept from the last build of a long-lived process; nil makes every key.
    public var memory: ExecutionMemory?
    /// Told once, before the first chapter starts, when some chapters must run and others are
    /// expected to be reused: with every chapter's last stored results (by slug). Work that
    /// needs no run, such as rendering the pages that will not change, can then go on while
    /// the compiler keeps one core busy. It must return at once (start that work elsewhere).
    public var aheadOfRuns: (@Sendable (_ lastResults: [String: ChapterResult]) -> Void)?

    public init(toolchain: Toolchain, bookRoot: String, cacheDirectory: String,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.toolchain = toolchain
        self.bookRoot = bookRoot
        self.cacheDirectory = cacheDirectory
        self.jobs = max(1, jobs)
    }

    /// Starts compiling `chapter`'s program on another thread (see `CompileAhead`) when its
    /// code differs from its stored run's, or it has none, and its binary is not built from the
    /// program already. A build calls it for the chapter saved last as soon as it holds the
    /// book's lock, so that the compile goes on while the book is keyed and the cache looked
    /// up; the chapter's run then takes it. Every build ends with `finishCompilesAhead()`.
    public func compileAhead(_ chapter: Chapter) {
        guard chapter.hasCode else { return }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        // Only after an edit to its code: a prose edit changes the program's line directives,
        // and the chapter is reused.
        if let stored = cache.summary(slug: chapter.slug)?.key, !stored.codeDiffers(from: chapter) { return }
        startCompileAhead(of: chapter, in: cache, during: .whileKeying)
    }

    /// Starts compiling, on other threads (see `CompileAhead`), the programs of the chapters
    /// whose last run used one of `libraryFiles` (paths in the runtime's package), or the whole
    /// library (it was not indexed): as many as there are cores but one, the first in
    /// `chapters`; the build compiles the others. `glia serve` calls it while it rebuilds the
    /// runtime, after a module's interface changed, as the last of the modules importing it
    /// starts compiling (see `PlannedCompiles.run`): chapter programs, which must be compiled
    /// against the new interface, compile meanwhile, mostly on the core that whole-module
    /// compile leaves idle. A compile is taken only if it succeeded and no interface changed
    /// after it started. Returns how many it started.
    @discardableResult
    public func compileAheadWhileRuntimeRebuilds(_ chapters: [Chapter], usingAnyOf libraryFiles: [String]) -> Int {
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        let parts = Set(libraryFiles.map { CacheKey.libraryPrefix + $0 } + ["runtime"])
        let most = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        var started = 0
        for chapter in chapters where started < most && chapter.hasCode {
            guard let stored = cache.summary(slug: chapter.slug)?.key,
                  stored.parts.keys.contains(where: parts.contains) else { continue }
            if startCompileAhead(of: chapter, in: cache, during: .whileRuntimeRebuilt) { started += 1 }
        }
        return started
    }

    /// Starts compiling `chapter`'s program in its work folder (see
    /// `ProgramCompiler.compileAhead`); whether it did.
    private func startCompileAhead(of chapter: Chapter, in cache: ExecutionCache,
                                   during occasion: CompileAhead.Occasion) -> Bool {
        let work = cache.workFolder(chapter.slug)
        guard (try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)) != nil
        else { return false }
        return ChapterExecutor(chapter: chapter, toolchain: toolchain, workDirectory: work, bookRoot: bookRoot,
                               limits: ProgramRunner.Limits()).compileAhead(occasion)
    }

    /// Waits for the compiles started ahead that no run took (the chapter was reused after all).
    public static func finishCompilesAhead() {
        CompileAhead.shared.waitForAll()
    }

    /// Stops the compiles started ahead (with every other program glia runs: a build that
    /// stops before running chapters has no other), and waits for them to end.
    public static func stopCompilesAhead() {
        RunningPrograms.shared.stopAll()
        CompileAhead.shared.waitForAll()
    }

    /// Runs or reuses every chapter. Diagnostics go to `diagnostics` in book order, whatever
    /// order the chapters finish in, so the same book always prints the same report.
    ///
    /// A chapter that imports values (`imported("name")`) runs after the chapters publishing
    /// them: chapters run in rounds, each round every chapter whose producers are done, in
    /// parallel. A chapter whose producer failed does not run.
    public func run(_ chapters: [Chapter], reportingTo diagnostics: DiagnosticEngine,
                    progress: @escaping @Sendable (Event) -> Void) -> ExecutedBook {
        memory?.use(toolchain)
        let collector = OutcomeCollector()
        let serialProgress = SerialCallback(progress)
        let flow = ValueFlow(chapters)
        var waiting = chapters
        var book: [Chapter]? = chapters  // for `aheadOfRuns`, in the first round only
        while !waiting.isEmpty {
            let done = collector.outcomes
            let finished = Set(chapters.filter { done[$0.slug] != nil }.map(\.path))
            let ready = waiting.filter { Set(flow.sources(of: $0.path).values).isSubset(of: finished) }
            guard !ready.isEmpty else { break }  // a cycle, reported by the load stage's check
            waiting.removeAll { chapter in ready.contains { $0.slug == chapter.slug } }
            let published = done.values.compactMap(\.result).reduce(into: [String: String]()) {
                $0.merge($1.published) { first, _ in first }
            }
            let failed = Set(chapters.filter { done[$0.slug] != nil && done[$0.slug]?.result == nil }.map(\.path))
            runRound(ready, flow: flow, published: published, failed: failed, collector: collector,
                     progress: serialProgress, book: book)
            book = nil
        }
        return collector.finish(order: chapters.map(\.slug), reportingTo: diagnostics)
    }

    /// Runs `chapters` in parallel (up to `jobs` at once), each with the values it imports.
    /// - Parameter book: every chapter, in the first round: `aheadOfRuns` is told then.
    private func runRound(_ chapters: [Chapter], flow: ValueFlow, published: [String: String],
                          failed: Set<String>, collector: OutcomeCollector,
                          progress: SerialCallback<Event>, book: [Chapter]?) {
        let queue = DispatchQueue(label: "glia.execute", attributes: .concurrent)
        let slots = DispatchSemaphore(value: jobs)
        let group = DispatchGroup()
        // Each key generates and reads its chapter's program: on both cores, before any starts.
        let runnable = chapters.filter(\.hasCode)
        let computed = runnable.concurrentMap { chapter in
            let imported = published.filter { flow.sources(of: chapter.path)[$0.key] != nil }
            let make = { CacheKey(chapter: chapter, toolchain: toolchain, importedValues: imported) }
            return memory?.keys.value(chapter.slug, for: KeyInputs(chapter: chapter, importedValues: imported),
                                      make) ?? make()
        }
        let keys = Dictionary(zip(runnable.map(\.slug), computed)) { _, last in last }
        if let book, let aheadOfRuns { tellAhead(aheadOfRuns, book: book, keys: keys) }
        for chapter in startOrder(chapters, keys: keys) {
            let sources = flow.sources(of: chapter.path)
            if let (name, source) = sources.sorted(by: { $0.key < $1.key }).first(where: { published[$0.key] == nil }) {
                // Its producer failed (or published nothing under that name).
                let use = flow.imports.first { $0.chapter == chapter.path && $0.name == name }
                collector.add(slug: chapter.slug, outcome: .failed, diagnostics: [.error(
                    "not run: it imports the value '\(name)' from \(source), which "
                    + (failed.contains(source) ? "failed" : "did not publish it when it ran"),
                    at: use?.location ?? SourceLocation(file: chapter.path, line: 1))])
                continue
            }
            let imported = published.filter { sources[$0.key] != nil }
            let key = keys[chapter.slug]
            slots.wait()
            group.enter()
            queue.async {
                defer { slots.signal(); group.leave() }
                let (outcome, found) = execute(chapter, key: key, importing: imported,
                                               progress: progress)
                collector.add(slug: chapter.slug, outcome: outcome, diagnostics: found)
            }
        }
        group.wait()
    }

    /// Calls `aheadOfRuns` when, by their stored keys, some chapters must run and some not.
    private func tellAhead(_ aheadOfRuns: ([String: ChapterResult]) -> Void, book: [Chapter],
                           keys: [String: CacheKey]) {
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        // The stored entries are decoded here first (on every core); `startOrder` finds them decoded.
        let mustRun = Array(keys).concurrentMap { slug, key in force || cache.summary(slug: slug)?.key != key }
        guard mustRun.contains(true), mustRun.contains(false) else { return }
        var last: [String: ChapterResult] = [:]
        for chapter in book {
            let nothingToRun = !chapter.hasCode
            last[chapter.slug] = nothingToRun ? Self.nothingRan : cache.lastResult(chapter.slug)
        }
        aheadOfRuns(last)
    }

    /// The results of a chapter with nothing to run.
    private static let nothingRan = ChapterResult(cells: [], inlineValues: [], figureDirectory: "")

    /// Chapters in the order to start them. First those that must run (never run, or their
    /// stored key differs), the slowest last time first, so a long chapter does not start last
    /// and run alone while the other cores idle, and an edited chapter is not queued behind
    /// cache lookups. Then those expected to be reused, in book order. One job: book order.
    func startOrder(_ chapters: [Chapter], keys: [String: CacheKey]) -> [Chapter] {
        guard jobs > 1 else { return chapters }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        let stored = chapters.concurrentMap { cache.summary(slug: $0.slug) }
        let mustRun = chapters.indices.map { index in
            keys[chapters[index].slug].map { key in force || stored[index]?.key != key } ?? false
        }
        let seconds = stored.map { $0?.seconds ?? .infinity }
        return chapters.indices.sorted { a, b in
            if mustRun[a] != mustRun[b] { return mustRun[a] }
            if mustRun[a] && seconds[a] != seconds[b] { return seconds[a] > seconds[b] }
            return a < b
        }.map { chapters[$0] }
    }

    /// - Parameter key: the chapter's cache key, computed when the round was planned; nil for
    ///   a chapter with nothing to run.
    private func execute(_ chapter: Chapter, key: CacheKey?, importing imported: [String: String],
                         progress: SerialCallback<Event>) -> (ChapterOutcome, [Diagnostic]) {
        let start = Date()
        var timing = ""
        func finish(_ outcome: ChapterOutcome, _ diagnostics: [Diagnostic]) -> (ChapterOutcome, [Diagnostic]) {
            progress(.finished(chapter: chapter.path, outcome: outcome,
                               seconds: Date().timeIntervalSince(start), timing: timing))
            return (outcome, diagnostics)
        }
        guard let key else {
            return finish(.nothingToRun(Self.nothingRan), [])
        }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        var reasons = ["a rebuild was forced (--force)"]
        var previous: ExecutionCache.Entry?
        if force {
            previous = cache.storedEntry(chapter.slug)
        } else {
            switch cache.lookup(slug: chapter.slug, key: key) {
            case .hit(let result, let warnings, let notes):
                return finish(.reused(result, notes: notes), warnings)
            case .miss(let why, let stored):
                reasons = why
                previous = stored
            }
        }
        progress(.started(chapter: chapter.path, reasons: reasons))
        let work = cache.workFolder(chapter.slug)
        let executed: ChapterExecutor.Outcome
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            var executor = ChapterExecutor(chapter: chapter, toolchain: toolchain, workDirectory: work,
                                           bookRoot: bookRoot, limits: ProgramRunner.Limits())
            executor.importedValues = imported
            executed = executor.execute()
            timing = executed.timing
        } catch {
            return finish(.failed, [.error("cannot prepare \(work): \(error.localizedDescription)")])
        }
        var diagnostics = executed.diagnostics
        guard let fresh = executed.result else { return finish(.failed, diagnostics) }
        var result = fresh
        do {
            result = try cache.store(slug: chapter.slug, key: key, result: fresh,
                                     warnings: diagnostics.filter { !$0.isError },
                                     reads: executed.reads,
                                     seconds: Date().timeIntervalSince(start), replacing: previous)
        } catch {
            diagnostics.append(.warning("could not cache the results of \(chapter.path): "
                                        + error.localizedDescription))
        }
        return finish(.ran(result, reasons: reasons, previous: previous?.result), diagnostics)
    }
}

/// Gathers per-chapter outcomes from worker threads.
private final class OutcomeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [String: ChapterOutcome] = [:]
    private var diagnostics: [String: [Diagnostic]] = [:]

    /// What has finished so far, by slug.
    var outcomes: [String: ChapterOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    func add(slug: String, outcome: ChapterOutcome, diagnostics found: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        finished[slug] = outcome
        diagnostics[slug] = found
    }

    /// Hands the diagnostics on in chapter order, whatever order the chapters finished in.
    func finish(order: [String], reportingTo engine: DiagnosticEngine) -> ExecutedBook {
        lock.lock()
        defer { lock.unlock() }
        engine.emit(order.flatMap { diagnostics[$0] ?? [] })
        return ExecutedBook(outcomes: finished)
    }
}

/// Calls a callback from any thread, one call at a time.
final class SerialCallback<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let body: @Sendable (Value) -> Void

    init(_ body: @escaping @Sendable (Value) -> Void) { self.body = body }

    func callAsFunction(_ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        body(value)
    }
}

private extension Chapter {
    /// Whether the chapter has code to run: cells, or inline values.
    var hasCode: Bool { !(cells.isEmpty && inlineExpressions.isEmpty) }
}
