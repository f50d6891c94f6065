import BookCore
import BookExecution
import Foundation

/// The maintainer's case: the book sits in glia's own package, so `glia serve` also watches
/// the libraries chapter code uses and rebuilds the runtime (release, incremental) when they
/// change. The next build then re-runs the chapters that reach the changed files (see
/// `LibraryIndex`).
///
/// Used by the watch loop's thread; the module compiles of a planned rebuild call `run` from
/// threads of their own, which reads only constants (and reports under a lock).
final class RuntimeSources: @unchecked Sendable {
    let package: RuntimePackage
    /// Where SwiftPM builds the runtime (`.build/release`).
    let runtimeDirectory: String
    var packageRoot: AbsolutePath { package.root }
    /// When the last rebuild that succeeded in this process began: a file saved since then
    /// may not be in the library yet. Nil until one has (the first goes through `swift build`).
    private var lastBuildStarted: Date?

    private init(package: RuntimePackage, runtimeDirectory: String) {
        self.package = package
        self.runtimeDirectory = runtimeDirectory
    }

    /// The package holding the book, if it builds the runtime glia uses right now.
    static func detect(bookRoot: AbsolutePath, runtimeDirectory: String) -> RuntimeSources? {
        guard let package = RuntimePackage.containing(runtimeDirectory: runtimeDirectory),
              package.root.resolvingSymbolicLinks() == bookRoot.resolvingSymbolicLinks()
        else { return nil }
        return RuntimeSources(package: package, runtimeDirectory: runtimeDirectory)
    }

    /// Whether a changed path (relative to the package) is runtime library code.
    func isRuntimeCode(_ relative: String) -> Bool {
        package.isRuntimeCode(relative)
    }

    /// Whether a changed path is glia's own code, which a running glia cannot pick up.
    func isGliaCode(_ relative: String) -> Bool {
        relative.hasPrefix("Sources/") && !isRuntimeCode(relative)
    }

    /// The temporary folder of every `swift build` in this process, made once (`mkdtemp`: a new,
    /// private folder) and removed when glia stops. SwiftPM keys its cache of the evaluated
    /// Package.swift by the environment: a new `TMPDIR` for each rebuild made it evaluate the
    /// manifest again, a second of every rebuild (2.1 s instead of 1.1 s after an edit inside
    /// one plot). Nil when none can be made: each rebuild then gets a folder of its own.
    private static let temporaryFolder: String? = {
        var template = Array(AbsolutePath(NSTemporaryDirectory()).appending("glia-swift-build-XXXXXX").string.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
        let folder = String(cString: made)
        _ = Interruption.addCleanup { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }()

    /// Makes the next build compile a plot module whole again when its objects are newer than
    /// the incremental build's record (`primary.priors`, written at the end of each of its
    /// builds). A build of an older glia, which compiled these modules whole, rewrites every
    /// object behind that record's back, and an object compiled whole may hold inlined copies
    /// of other files' code: kept, they would be linked with the files compiled since, and the
    /// runtime would run code of neither version (or fail to link, with symbols defined twice).
    /// Without the objects and the record, the next build compiles the module again whole.
    /// Returns whether it discarded any.
    @discardableResult
    static func discardObjectsOfAnotherBuild(in buildDirectory: String) -> Bool {
        let manager = FileManager.default
        var discarded = false
        for module in ObjectsSetAside.incrementalModules {
            let folder = AbsolutePath(buildDirectory).appending("\(module).build")
            guard let record = FileStamp(of: folder.appending("primary.priors").string) else { continue }
            let objects = ((try? manager.contentsOfDirectory(atPath: folder.string)) ?? [])
                .filter { $0.hasSuffix(".swift.o") }
            guard objects.contains(where: { (FileStamp(of: folder.appending($0).string)?.modified ?? 0) > record.modified })
            else { continue }
            for name in objects + ["primary.priors", "primary.swiftdeps"] {
                try? manager.removeItem(atPath: folder.appending(name).string)
            }
            discarded = true
        }
        return discarded
    }

    /// What to do about a failed link that the compiler's messages do not explain.
    ///
    /// The plot modules are compiled file by file, incrementally (see Package.swift). A build
    /// of an older glia, which compiled them whole, rewrites their objects behind the back of
    /// the incremental build's record; back on this glia, the next edit links the old objects
    /// with the new one and finds symbols defined twice. Only a clean build puts that right.
    static func hint(for output: String) -> String {
        // gold and bfd say "multiple definition of", lld "duplicate symbol".
        guard output.contains("multiple definition of") || output.contains("duplicate symbol") else { return "" }
        return ": objects of an older build of the runtime are in the way; run 'swift package clean' "
            + "(or delete .build/release), then save again"
    }

    /// Rebuilds the runtime after `changed` (paths relative to the package) were saved: from
    /// SwiftPM's plan when it covers them (see `RuntimeBuildPlan`), else with `swift build -c
    /// release --product NotebookRuntime`. Compile errors go to `diagnostics` with paths
    /// relative to the package. Returns how it was built ("compiled Figures, linked, as SwiftPM
    /// planned"), or nil if it failed.
    /// - Parameter interfaceChanged: called at most once, on the rebuild's thread and under
    ///   SwiftPM's lock (so it must return at once), when a module's interface changed and
    ///   every module holding a saved file is compiled (see `PlannedCompiles.run`): work that
    ///   needs the new interfaces, such as compiling chapter programs, can start then.
    func rebuild(after changed: [String], reportingTo diagnostics: DiagnosticEngine,
                 interfaceChanged: () -> Void = {}) -> String? {
        let started = Date()
        let files = package.sourceFiles()
        // Under SwiftPM's lock: a build in another terminal may be linking these objects.
        let (discarded, aside) = holdingBuildLock(waiting: true) {
            (Self.discardObjectsOfAnotherBuild(in: runtimeDirectory),
             ObjectsSetAside(of: changed + plotFiles(in: files, savedSince: lastBuildStarted), in: runtimeDirectory))
        }!
        var built: String?
        switch discarded ? .notApplicable
            : rebuildFromPlan(after: changed, files: files, reportingTo: diagnostics, interfaceChanged: interfaceChanged) {
        case .built(let how):
            built = how
        case .failed:
            // What a failed step leaves (an interface written, a user not compiled against it)
            // is known to SwiftPM's build record only: the next rebuild is SwiftPM's.
            lastBuildStarted = nil
        case .notApplicable:
            built = swiftBuild(reportingTo: diagnostics) ? "swift build -c release --product NotebookRuntime" : nil
        }
        aside.finish(rebuilt: built != nil)
        if built != nil { lastBuildStarted = started }
        return built
    }

    /// The plot modules' Swift files among `files` saved since `start` (with a margin for the
    /// file system's coarser clock): those a lost file event would leave out of `changed`.
    /// None before the first rebuild.
    private func plotFiles(in files: [String], savedSince start: Date?) -> [String] {
        guard let since = start?.timeIntervalSince1970 else { return [] }
        return files.filter { file in
            ObjectsSetAside.incrementalModules.contains { file.hasPrefix("Sources/\($0)/") }
                && (FileStamp(of: packageRoot.appending(file).string)?.modified ?? 0) >= since - 0.05
        }
    }

    /// Runs `body` holding the lock `swift build` takes on the build folder. When another
    /// build holds it, waits for it if `waiting` (never nil then: without a lock to take,
    /// `body` runs anyway), else returns nil without running `body`.
    private func holdingBuildLock<T>(waiting: Bool, _ body: () -> T) -> T? {
        let lock = open(packageRoot.appending(".build/.lock").string, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return waiting ? body() : nil }
        defer { close(lock) }
        guard flock(lock, waiting ? LOCK_EX : LOCK_EX | LOCK_NB) == 0 else { return waiting ? body() : nil }
        defer { flock(lock, LOCK_UN) }
        return body()
    }

    /// How the shortcut went.
    private enum PlannedRebuild {
        /// Built; how ("compiled Figures, linked, as SwiftPM planned").
        case built(String)
        /// A step failed; its errors are reported.
        case failed
        /// Nothing was run: `swift build` is needed.
        case notApplicable
    }

    /// The shortcut: the compiles of the modules whose files changed since the last rebuild
    /// began, then of the modules reading an interface that changed, then the link, each as
    /// SwiftPM planned it. Not applicable to the first rebuild, to an edit the plan cannot
    /// cover (`RuntimeBuildPlan.staleModules`), or while another build holds the build folder.
    private func rebuildFromPlan(after changed: [String], files: [String], reportingTo diagnostics: DiagnosticEngine,
                                 interfaceChanged: () -> Void) -> PlannedRebuild {
        guard let since = lastBuildStarted?.timeIntervalSince1970 else { return .notApplicable }
        // Under the lock from before the plan is read (`swift build` writes it) to the link.
        return holdingBuildLock(waiting: false) {
            runPlan(after: changed, files: files, since: since, reportingTo: diagnostics, interfaceChanged: interfaceChanged)
        } ?? .notApplicable
    }

    private func runPlan(after changed: [String], files: [String], since: Double,
                         reportingTo diagnostics: DiagnosticEngine, interfaceChanged: () -> Void)
        -> PlannedRebuild {
        guard let plan = RuntimeBuildPlan.read(package: package, scratch: packageRoot.appending(".build")),
              let stale = plan.staleModules(in: package, files: files, changed: changed,
                                            since: since)
        else { return .notApplicable }
        // Without -parseable-output, errors print as `file:line:col: error: …`.
        let outcome = PlannedCompiles(plan: plan, edited: stale).run(compile: { [self] module in
            run(plan.compiles[module]!.command.arguments.filter { $0 != "-parseable-output" },
                failing: "the runtime library did not build (module \(module))", reportingTo: diagnostics)
        }, interfaceChanged: interfaceChanged)
        let compiled: [String]
        switch outcome {
        case .compiled(let modules): compiled = modules
        case .failed: return .failed
        case .stuck: return .notApplicable
        }
        guard run(plan.link.arguments, failing: "the runtime library did not link", reportingTo: diagnostics)
        else { return .failed }
        return .built((compiled.isEmpty ? "" : "compiled \(compiled.joined(separator: ", ")), ")
                      + "linked, as SwiftPM planned")
    }

    /// Runs one planned command in the package; false, with its errors reported, if it failed.
    /// Each in a temporary folder of its own: two module compiles run at once, and the driver
    /// keeps its working files there until its last job (the shared folder of `swiftBuild` is
    /// emptied as each command ends).
    private func run(_ command: [String], failing summary: String, reportingTo diagnostics: DiagnosticEngine) -> Bool {
        guard let executable = command.first else { return false }
        do {
            let output = try ExternalCommand.run(executable, Array(command.dropFirst()), in: packageRoot.string,
                                                 temporaryFolder: .own)
            if output.succeeded { return true }
            // One module's errors together, not interleaved with another's failing at once.
            Self.reporting.lock()
            defer { Self.reporting.unlock() }
            report(output.output, summary: summary, reportingTo: diagnostics)
        } catch {
            diagnostics.emit(.error("cannot rebuild the runtime: \(error)"))
        }
        return false
    }

    private static let reporting = NSLock()

    /// `swift build -c release --product NotebookRuntime`.
    private func swiftBuild(reportingTo diagnostics: DiagnosticEngine) -> Bool {
        guard let swift = ExecutableSearch.find("swift") else {
            diagnostics.emit(.error("cannot rebuild the runtime: no 'swift' on PATH"))
            return false
        }
        let output: (succeeded: Bool, output: String)
        do {
            output = try ExternalCommand.run(swift, ["build", "-c", "release", "--product", "NotebookRuntime"],
                                             in: packageRoot.string,
                                             temporaryFolder: Self.temporaryFolder.map { .lasting($0) } ?? .own)
        } catch {
            diagnostics.emit(.error("cannot rebuild the runtime: \(error)"))
            return false
        }
        if output.succeeded { return true }
        report(output.output, summary: "the runtime library did not build ('swift build -c release --product "
               + "NotebookRuntime' failed)", reportingTo: diagnostics)
        return false
    }

    /// The compiler's errors in `output`, with paths relative to the package; `summary` and the
    /// last lines when it names none.
    private func report(_ output: String, summary: String, reportingTo diagnostics: DiagnosticEngine) {
        var found = ExternalCommand.compilerDiagnostics(in: output).filter(\.isError)
        for index in found.indices {
            if let file = found[index].location?.file,
               let relative = packageRoot.relativePath(of: AbsolutePath(file)) {
                found[index].location?.file = relative
            }
        }
        if found.isEmpty {
            found = [.error(summary + Self.hint(for: output),
                            details: output.split(separator: "\n").suffix(15).map(String.init))]
        }
        diagnostics.emit(found)
    }
}
