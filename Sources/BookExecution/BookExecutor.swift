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

    public init(toolchain: Toolchain, bookRoot: String, cacheDirectory: String,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.toolchain = toolchain
        self.bookRoot = bookRoot
        self.cacheDirectory = cacheDirectory
        self.jobs = max(1, jobs)
    }

    /// Runs or reuses every chapter. Diagnostics go to `diagnostics` in book order, whatever
    /// order the chapters finish in, so the same book always prints the same report.
    public func run(_ chapters: [Chapter], reportingTo diagnostics: DiagnosticEngine,
                    progress: @escaping @Sendable (Event) -> Void) -> ExecutedBook {
        let collector = OutcomeCollector()
        let serialProgress = SerialCallback(progress)
        let queue = DispatchQueue(label: "glia.execute", attributes: .concurrent)
        let slots = DispatchSemaphore(value: jobs)
        let group = DispatchGroup()
        for chapter in longestFirst(chapters) {
            slots.wait()
            group.enter()
            queue.async {
                defer { slots.signal(); group.leave() }
                let (outcome, found) = execute(chapter, progress: serialProgress)
                collector.add(slug: chapter.slug, outcome: outcome, diagnostics: found)
            }
        }
        group.wait()
        return collector.finish(order: chapters.map(\.slug), reportingTo: diagnostics)
    }

    /// Chapters in the order to start them: the slowest last time first, so a long chapter
    /// does not start last and run alone while the other cores idle. Chapters never run
    /// before come first, in book order; the report is in book order whatever the schedule.
    func longestFirst(_ chapters: [Chapter]) -> [Chapter] {
        guard jobs > 1 else { return chapters }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        let seconds = chapters.map { cache.lastRunSeconds(slug: $0.slug) ?? .infinity }
        return chapters.indices.sorted { a, b in
            seconds[a] != seconds[b] ? seconds[a] > seconds[b] : a < b
        }.map { chapters[$0] }
    }

    private func execute(_ chapter: Chapter, progress: SerialCallback<Event>)
        -> (ChapterOutcome, [Diagnostic]) {
        let start = Date()
        var timing = ""
        func finish(_ outcome: ChapterOutcome, _ diagnostics: [Diagnostic]) -> (ChapterOutcome, [Diagnostic]) {
            progress(.finished(chapter: chapter.path, outcome: outcome,
                               seconds: Date().timeIntervalSince(start), timing: timing))
            return (outcome, diagnostics)
        }
        if chapter.cells.isEmpty && chapter.inlineExpressions.isEmpty {
            return finish(.nothingToRun(ChapterResult(cells: [], inlineValues: [],
                                                      figureDirectory: "")), [])
        }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        let key = CacheKey(chapter: chapter, toolchain: toolchain)
        var reasons = ["a rebuild was forced (--force)"]
        if !force {
            switch cache.lookup(slug: chapter.slug, key: key) {
            case .hit(let result, let warnings, let notes):
                return finish(.reused(result, notes: notes), warnings)
            case .miss(let why):
                reasons = why
            }
        }
        progress(.started(chapter: chapter.path, reasons: reasons))
        let previous = cache.storedResult(slug: chapter.slug)
        let work = cache.workFolder(chapter.slug)
        let executed: ChapterExecutor.Outcome
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            executed = ChapterExecutor(chapter: chapter, toolchain: toolchain, workDirectory: work,
                                       bookRoot: bookRoot, limits: ProgramRunner.Limits()).execute()
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
                                     seconds: Date().timeIntervalSince(start))
        } catch {
            diagnostics.append(.warning("could not cache the results of \(chapter.path): "
                                        + error.localizedDescription))
        }
        return finish(.ran(result, reasons: reasons, previous: previous), diagnostics)
    }
}

/// Gathers per-chapter outcomes from worker threads.
private final class OutcomeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: ChapterOutcome] = [:]
    private var diagnostics: [String: [Diagnostic]] = [:]

    func add(slug: String, outcome: ChapterOutcome, diagnostics found: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[slug] = outcome
        diagnostics[slug] = found
    }

    /// Hands the diagnostics on in chapter order, whatever order the chapters finished in.
    func finish(order: [String], reportingTo engine: DiagnosticEngine) -> ExecutedBook {
        lock.lock()
        defer { lock.unlock() }
        engine.emit(order.flatMap { diagnostics[$0] ?? [] })
        return ExecutedBook(outcomes: outcomes)
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
