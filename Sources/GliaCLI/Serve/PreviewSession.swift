import BookCore
import ArgumentParser
import BookExecution
import Foundation

/// The rebuild loop of `glia serve`: waits for saves, rebuilds what is stale (the runtime
/// library too, in glia's own package), and tells the open pages to reload or to show the
/// build's errors.
final class PreviewSession {
    let layout: BookLayout
    let pipeline: BuildPipeline
    let hub: LiveReloadHub
    let reporter: ProgressReporter
    private lazy var runtime: RuntimeSources? = {
        guard let toolchain = Toolchain.locate(memoDirectory: nil, indexingLibrary: false, reportingTo: DiagnosticEngine())
        else { return nil }
        return RuntimeSources.detect(bookRoot: layout.root, runtimeDirectory: toolchain.runtimeDirectory)
    }()

    /// Made before the first build, so a save while it runs (or while the server starts) is
    /// seen and built next, not lost.
    private let watcher: FileWatcher

    init(layout: BookLayout, pipeline: BuildPipeline, hub: LiveReloadHub, reporter: ProgressReporter) {
        self.layout = layout
        self.pipeline = pipeline
        self.hub = hub
        self.reporter = reporter
        watcher = FileWatcher(book: layout)
    }

    /// The book's lock, when it was taken to compile chapter programs while the runtime was
    /// rebuilt (`compileChaptersAhead`): the next build takes it over.
    private var lockForNextBuild: BuildLock?

    /// Builds and tells the pages; `since` is when the save that caused it happened.
    func build(reason: String?, since: Date? = nil) {
        let diagnostics = DiagnosticEngine(consumers: [TerminalDiagnostics()])
        let held = lockForNextBuild
        lockForNextBuild = nil
        let changes = pipeline.runReturningChanges(reportingTo: diagnostics, heldLock: held)
        // A build that stopped before taking the lock over leaves no compile running unlocked.
        BookExecutor.finishCompilesAhead()
        withExtendedLifetime(held) {}
        publish(succeeded: changes != nil, diagnostics: diagnostics, since: since,
                changed: changes.map { $0.figures.count + $0.values.count } ?? 0)
    }

    /// Watches the book's folder until glia is stopped; in glia's own package, first brings
    /// the runtime library up to date (see `bringUpToDate`).
    func watch() {
        if let runtime {
            bringUpToDate(runtime)
            reporter.say("glia: this book is in glia's own package: edits to the runtime library "
                         + "(\(RuntimePackage.modules.joined(separator: ", "))) rebuild it too")
        }
        while true {
            let (changes, firstSeen) = watcher.nextChanges()
            let relevant = changes.filter { !isInsideOutput($0) }.sorted()
            guard !relevant.isEmpty else { continue }
            reporter.say("glia: changed: " + relevant.prefix(5).joined(separator: ", ")
                         + (relevant.count > 5 ? " and \(relevant.count - 5) more" : ""))
            if let runtime, relevant.contains(where: runtime.isGliaCode) {
                reporter.say("glia: note: glia's own code changed; restart 'glia serve' to use it")
            }
            if let runtime, relevant.contains(where: runtime.isRuntimeCode) {
                reporter.say("glia: rebuilding the runtime library (release)")
                let diagnostics = DiagnosticEngine(consumers: [TerminalDiagnostics()])
                let clock = Date()
                guard let how = runtime.rebuild(after: relevant, reportingTo: diagnostics,
                                                interfaceChanged: { compileChaptersAhead(using: relevant) }) else {
                    BookExecutor.stopCompilesAhead()  // their results would not be taken
                    lockForNextBuild = nil
                    publish(succeeded: false, diagnostics: diagnostics, since: firstSeen)
                    continue
                }
                reporter.stage("runtime", "rebuilt (\(how))", seconds: Date().timeIntervalSince(clock))
            }
            build(reason: nil, since: firstSeen)
        }
    }

    /// Rebuilds the runtime once, while the first pages are read: sources saved since it was
    /// last built are compiled now, not at the next save (and the book is built again if the
    /// library changed), and later rebuilds know what the library was built from, so even the
    /// first can take SwiftPM's plan. Being the session's first rebuild, it is `swift build`'s
    /// (see `RuntimeSources.rebuild`).
    private func bringUpToDate(_ runtime: RuntimeSources) {
        let library = AbsolutePath(runtime.runtimeDirectory).appending(Toolchain.runtimeLibrary).string
        let before = FileStamp(of: library)
        let diagnostics = DiagnosticEngine(consumers: [TerminalDiagnostics()])
        let clock = Date()
        reporter.say("glia: bringing the runtime library up to date (swift build -c release)")
        guard let how = runtime.rebuild(after: [], reportingTo: diagnostics) else {
            publish(succeeded: false, diagnostics: diagnostics, since: nil)
            return
        }
        guard FileStamp(of: library) != before else { return }
        reporter.stage("runtime", "rebuilt (\(how)): it was not up to date",
                       seconds: Date().timeIntervalSince(clock))
        build(reason: nil)
    }

    /// Starts compiling the programs of the chapters that used the `changed` library files (see
    /// `BookExecutor.compileAheadWhileRuntimeRebuilds`), holding the book's lock until the
    /// build after the rebuild takes it. Not when another build of the book runs, nor for a
    /// book with its own code (which imports the runtime and is compiled first). Called under
    /// SwiftPM's lock as the runtime's last compile starts (or before its link): it only reads
    /// the book and starts the compiles.
    private func compileChaptersAhead(using changed: [String]) {
        guard lockForNextBuild == nil, let lock = BuildLock(ifFreeIn: layout.cache.string) else { return }
        let quiet = DiagnosticEngine()
        guard let book = BookLoader(root: layout.root.string, memory: pipeline.memory?.parsedChapters)
                  .load(reportingTo: quiet),
              book.code == nil,
              let toolchain = Toolchain.locate(memoDirectory: layout.cache.string, indexingLibrary: false,
                                               reportingTo: quiet)
        else { return }
        let started = BookExecutor(toolchain: toolchain, bookRoot: layout.root.string,
                                   cacheDirectory: layout.cache.string)
            .compileAheadWhileRuntimeRebuilds(book.pages, usingAnyOf: changed)
        if started > 0 { lockForNextBuild = lock }
    }

    private func publish(succeeded: Bool, diagnostics: DiagnosticEngine, since: Date?, changed: Int = 0) {
        let done = DispatchSemaphore(value: 0)
        let (hub, reporter) = (hub, reporter)
        let lines = diagnostics.diagnostics.filter(\.isError).map(\.description)
        Task { @Sendable in
            if succeeded { await hub.reload(changed: changed) } else { await hub.showErrors(lines) }
            let pages = await hub.connectedPages
            if let since, pages > 0 {
                reporter.say("glia: \(pages) open page\(pages == 1 ? "" : "s") "
                             + (succeeded ? "reloaded" : "shown the errors") + " "
                             + ProgressReporter.format(Date().timeIntervalSince(since))
                             + " after the save")
            }
            done.signal()
        }
        done.wait()
    }

    private func isInsideOutput(_ relative: String) -> Bool {
        let path = layout.root.appending(relative)
        let name = path.name
        return layout.output.contains(path) || name.hasPrefix(".") || name.hasSuffix("~")
    }
}

/// The live-reload client, a real `.js` file among glia's resources.
enum LiveScript {
    static func load() throws -> Data {
        let path = try GliaResources.path("live.js")
        guard let data = FileManager.default.contents(atPath: path.string) else {
            throw ValidationError("cannot read \(path)")
        }
        return data
    }
}
