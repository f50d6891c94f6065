import BookCore
import BookExecution
import Foundation

/// The maintainer's case: the book sits in glia's own package, so `glia serve` also watches
/// the libraries chapter code uses and rebuilds the runtime (release, incremental) when they
/// change. The next build then re-runs the chapters that reach the changed files (see
/// `LibraryIndex`).
struct RuntimeSources {
    let package: RuntimePackage
    /// Where SwiftPM builds the runtime (`.build/release`).
    let runtimeDirectory: String
    var packageRoot: AbsolutePath { package.root }

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

    /// The temporary folder of every rebuild in this process, made once (`mkdtemp`: a new,
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

    /// The modules compiled file by file and incrementally (`plotCode` in Package.swift).
    static let incrementalModules = ["Figures", "NeuralPlots"]

    /// Makes the next build compile a plot module whole again when its objects are newer than
    /// the incremental build's record (`primary.priors`, written at the end of each of its
    /// builds). A build of an older glia, which compiled these modules whole, rewrites every
    /// object behind that record's back, and an object compiled whole may hold inlined copies
    /// of other files' code: kept, they would be linked with the files compiled since, and the
    /// runtime would run code of neither version (or fail to link, with symbols defined twice).
    /// Without the objects and the record, the next build compiles the module again whole.
    static func discardObjectsOfAnotherBuild(in buildDirectory: String) {
        let manager = FileManager.default
        for module in incrementalModules {
            let folder = AbsolutePath(buildDirectory).appending("\(module).build")
            guard let record = FileStamp(of: folder.appending("primary.priors").string) else { continue }
            let objects = ((try? manager.contentsOfDirectory(atPath: folder.string)) ?? [])
                .filter { $0.hasSuffix(".swift.o") }
            guard objects.contains(where: { (FileStamp(of: folder.appending($0).string)?.modified ?? 0) > record.modified })
            else { continue }
            for name in objects + ["primary.priors", "primary.swiftdeps"] {
                try? manager.removeItem(atPath: folder.appending(name).string)
            }
        }
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

    /// `swift build -c release --product NotebookRuntime`; compile errors go to `diagnostics`
    /// with paths relative to the package.
    func rebuild(reportingTo diagnostics: DiagnosticEngine) -> Bool {
        guard let swift = ExecutableSearch.find("swift") else {
            diagnostics.emit(.error("cannot rebuild the runtime: no 'swift' on PATH"))
            return false
        }
        let output: (succeeded: Bool, output: String)
        do {
            Self.discardObjectsOfAnotherBuild(in: runtimeDirectory)
            output = try ExternalCommand.run(swift, ["build", "-c", "release", "--product", "NotebookRuntime"],
                                             in: packageRoot.string,
                                             temporaryFolder: Self.temporaryFolder.map { .lasting($0) } ?? .own)
        } catch {
            diagnostics.emit(.error("cannot rebuild the runtime: \(error)"))
            return false
        }
        if output.succeeded { return true }
        var found = ExternalCommand.compilerDiagnostics(in: output.output).filter(\.isError)
        for index in found.indices {
            if let file = found[index].location?.file,
               let relative = packageRoot.relativePath(of: AbsolutePath(file)) {
                found[index].location?.file = relative
            }
        }
        if found.isEmpty {
            found = [.error("the runtime library did not build ('swift build -c release --product "
                            + "NotebookRuntime' failed)" + Self.hint(for: output.output),
                            details: output.output.split(separator: "\n").suffix(15).map(String.init))]
        }
        diagnostics.emit(found)
        return false
    }
}
