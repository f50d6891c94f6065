import BookCore
import BookExecution
import Foundation

/// The maintainer's case: the book sits in glia's own package, so `glia serve` also watches
/// the libraries chapter code uses and rebuilds the runtime (release, incremental) when they
/// change. The next build then re-runs the chapters that reach the changed files (see
/// `LibraryIndex`).
struct RuntimeSources {
    let package: RuntimePackage
    var packageRoot: AbsolutePath { package.root }

    /// The package holding the book, if it builds the runtime glia uses right now.
    static func detect(bookRoot: AbsolutePath, runtimeDirectory: String) -> RuntimeSources? {
        guard let package = RuntimePackage.containing(runtimeDirectory: runtimeDirectory),
              package.root.resolvingSymbolicLinks() == bookRoot.resolvingSymbolicLinks()
        else { return nil }
        return RuntimeSources(package: package)
    }

    /// Whether a changed path (relative to the package) is runtime library code.
    func isRuntimeCode(_ relative: String) -> Bool {
        package.isRuntimeCode(relative)
    }

    /// Whether a changed path is glia's own code, which a running glia cannot pick up.
    func isGliaCode(_ relative: String) -> Bool {
        relative.hasPrefix("Sources/") && !isRuntimeCode(relative)
    }

    /// The temporary folder of every rebuild in this process, removed when glia stops. SwiftPM
    /// keys its cache of the evaluated Package.swift by the environment: a new `TMPDIR` for each
    /// rebuild made it evaluate the manifest again, a second of every rebuild (2.1 s instead of
    /// 1.1 s after an edit inside one plot).
    private static let temporaryFolder: String = {
        let folder = AbsolutePath(NSTemporaryDirectory()).appending("glia-swift-build-\(getpid())").string
        _ = Interruption.addCleanup { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }()

    /// What to do about a failed link that the compiler's messages do not explain.
    ///
    /// The plot modules are compiled file by file, incrementally (see Package.swift). A build
    /// of an older glia, which compiled them whole, rewrites their objects behind the back of
    /// the incremental build's record; back on this glia, the next edit links the old objects
    /// with the new one and finds symbols defined twice. Only a clean build puts that right.
    static func hint(for output: String) -> String {
        guard output.contains("multiple definition of") else { return "" }
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
            output = try ExternalCommand.run(swift, ["build", "-c", "release", "--product", "NotebookRuntime"],
                                             in: packageRoot.string, temporaryFolder: Self.temporaryFolder)
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
