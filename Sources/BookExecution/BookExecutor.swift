import BookCore
import Foundation

/// Stage 3 of the pipeline: runs every chapter that needs it (in parallel, up to the core
/// count) and reuses cached results for the others.
public struct BookExecutor: Sendable {
    /// What happened to one chapter.
    public enum Status: Sendable, Equatable {
        /// Cached results were still valid.
        case reused
        /// The chapter ran, for these reasons.
        case ran(reasons: [String])
        /// The chapter has no cells and no inline values.
        case nothingToRun
        case failed
    }

    /// Progress, reported as it happens (from several threads; calls are serialised).
    public enum Event: Sendable {
        case started(chapter: String, reasons: [String])
        case finished(chapter: String, status: Status, seconds: Double)
    }

    public struct Report: Sendable {
        /// Results by chapter slug (chapters that failed have none).
        public var results: [String: ChapterResult]
        public var statuses: [String: Status]
        public var diagnostics: [Diagnostic]
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

    public func run(_ chapters: [Chapter], progress: @escaping @Sendable (Event) -> Void) -> Report {
        let collector = ReportCollector()
        let serialProgress = SerialCallback(progress)
        let queue = DispatchQueue(label: "glia.execute", attributes: .concurrent)
        let slots = DispatchSemaphore(value: jobs)
        let group = DispatchGroup()
        for chapter in longestFirst(chapters) {
            slots.wait()
            group.enter()
            queue.async {
                defer { slots.signal(); group.leave() }
                let (result, status, diagnostics) = execute(chapter, progress: serialProgress)
                collector.add(slug: chapter.slug, result: result, status: status,
                              diagnostics: diagnostics)
            }
        }
        group.wait()
        return collector.report(order: chapters.map(\.slug))
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
        -> (ChapterResult?, Status, [Diagnostic]) {
        let start = Date()
        if chapter.cells.isEmpty && chapter.inlineExpressions.isEmpty {
            let empty = ChapterResult(cells: [], inlineValues: [], figureDirectory: "")
            progress(.finished(chapter: chapter.path, status: .nothingToRun, seconds: 0))
            return (empty, .nothingToRun, [])
        }
        let cache = ExecutionCache(directory: cacheDirectory, bookRoot: bookRoot)
        let key = CacheKey(chapter: chapter, toolchain: toolchain)
        var reasons = ["a rebuild was forced (--force)"]
        if !force {
            switch cache.lookup(slug: chapter.slug, key: key) {
            case .hit(let result, let warnings):
                progress(.finished(chapter: chapter.path, status: .reused,
                                   seconds: Date().timeIntervalSince(start)))
                return (result, .reused, warnings)
            case .miss(let why):
                reasons = why
            }
        }
        progress(.started(chapter: chapter.path, reasons: reasons))
        let work = cache.workFolder(chapter.slug)
        let outcome: ChapterExecutor.Outcome
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            outcome = ChapterExecutor(chapter: chapter, toolchain: toolchain, workDirectory: work,
                                      bookRoot: bookRoot, limits: ProgramRunner.Limits()).execute()
        } catch {
            return (nil, .failed, [.error("cannot prepare \(work): \(error.localizedDescription)")])
        }
        var diagnostics = outcome.diagnostics
        var status = Status.ran(reasons: reasons)
        var result = outcome.result
        if let fresh = result {
            do {
                result = try cache.store(slug: chapter.slug, key: key, result: fresh,
                                         warnings: diagnostics.filter { !$0.isError },
                                         reads: outcome.reads,
                                         seconds: Date().timeIntervalSince(start))
            } catch {
                diagnostics.append(.warning("could not cache the results of \(chapter.path): "
                                            + error.localizedDescription))
            }
        } else {
            status = .failed
        }
        progress(.finished(chapter: chapter.path, status: status,
                           seconds: Date().timeIntervalSince(start)))
        return (result, status, diagnostics)
    }
}

/// Gathers per-chapter outcomes from worker threads.
private final class ReportCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [String: ChapterResult] = [:]
    private var statuses: [String: BookExecutor.Status] = [:]
    private var diagnostics: [String: [Diagnostic]] = [:]

    func add(slug: String, result: ChapterResult?, status: BookExecutor.Status,
             diagnostics found: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        results[slug] = result
        statuses[slug] = status
        diagnostics[slug] = found
    }

    /// Diagnostics in chapter order, whatever order the chapters finished in.
    func report(order: [String]) -> BookExecutor.Report {
        lock.lock()
        defer { lock.unlock() }
        return BookExecutor.Report(results: results, statuses: statuses,
                                   diagnostics: order.flatMap { diagnostics[$0] ?? [] })
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
