import BookCore
import Foundation

/// Where glia finds what chapter programs need: `swiftc`, and the NotebookRuntime library with
/// its module files, which SwiftPM builds next to the glia binary.
public struct Toolchain: Sendable {
    /// Folder holding `libNotebookRuntime.so` and `Modules/`.
    public let runtimeDirectory: String
    public let swiftc: String
    /// `swiftc --version`, part of every cache key.
    public let compilerVersion: String
    /// Digest of the runtime library, part of every cache key: any change to the library code
    /// that chapters use re-runs them.
    public let runtimeFingerprint: String
    /// The runtime's sources, when glia runs from the package that built it: chapters are then
    /// keyed by the library files they reach, not the whole library.
    public var library: LibraryIndex?
    /// The book's own code, compiled (see `BookCode.prepare`), if the book has some.
    public var bookCode: BookCode?
    /// Whether chapter programs are linked with LLVM's lld, found beside `swiftc` (the Swift
    /// toolchains for Linux ship it): it links a chapter in about 35 ms less than the system
    /// linker, a tenth of the compile a one-cell edit waits for.
    public var linksWithLLD = false

    public static let runtimeLibrary = "libNotebookRuntime.so"

    /// Finds the runtime next to the running executable (or in `GLIA_RUNTIME_DIR`) and the
    /// compiler; nil, with the reason reported, if either is missing.
    /// - Parameters:
    ///   - memoDirectory: where to remember the library's digest between builds, keyed by its
    ///     size and modification time, so an unchanged library is not hashed again.
    ///   - indexingLibrary: whether to index the runtime's sources (`indexingLibrary()`) now.
    public static func locate(memoDirectory: String? = nil, indexingLibrary: Bool = true,
                              reportingTo diagnostics: DiagnosticEngine) -> Toolchain? {
        do {
            let toolchain = try locate(memoDirectory: memoDirectory)
            return indexingLibrary ? toolchain.indexingLibrary() : toolchain
        } catch let diagnostic as Diagnostic {
            diagnostics.emit(diagnostic)
        } catch {
            diagnostics.emit(.error("\(error)"))
        }
        return nil
    }

    /// The toolchain with `library` set, when the runtime was built from a package whose
    /// sources are at hand (as in this repository). Indexing looks at every source and object
    /// again (about 13 ms), which a chapter's compile does not need: a build starts the edited
    /// chapter's compile first (see `BookExecutor.compileAhead`).
    public func indexingLibrary() -> Toolchain {
        guard library == nil, let package = RuntimePackage.containing(runtimeDirectory: runtimeDirectory) else {
            return self
        }
        var toolchain = self
        // Remembered beside the runtime it describes, so every book built against it shares
        // the work (hashing its objects takes seconds in a debug glia).
        toolchain.library = LibraryIndex.load(package: package, runtimeDirectory: runtimeDirectory,
                                              memoDirectory: runtimeDirectory)
        return toolchain
    }

    static func locate(memoDirectory: String?) throws -> Toolchain {
        let environment = ProcessInfo.processInfo.environment
        let candidates = environment["GLIA_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : [$0] }
            ?? installedRuntimeCandidates()
        func hasRuntime(_ folder: String) -> Bool {
            FileManager.default.fileExists(atPath: AbsolutePath(folder).appending(runtimeLibrary).string)
                && FileManager.default.fileExists(
                    atPath: AbsolutePath(folder).appending("Modules/NotebookRuntime.swiftmodule").string)
        }
        guard let directory = candidates.first(where: hasRuntime) else {
            throw Diagnostic.error(
                "cannot find the notebook runtime (\(runtimeLibrary) and "
                + "Modules/NotebookRuntime.swiftmodule) in " + candidates.joined(separator: " or ")
                + ": build it with 'swift build -c release' (or run 'make site'), install glia with "
                + "'make install', or set GLIA_RUNTIME_DIR")
        }
        let library = AbsolutePath(directory).appending(runtimeLibrary).string
        let chosen = environment["GLIA_SWIFTC"].flatMap { $0.isEmpty ? nil : $0 }
        if let chosen, !FileManager.default.isExecutableFile(atPath: chosen) {
            throw Diagnostic.error("GLIA_SWIFTC is set to '\(chosen)', which is not an executable "
                                   + "file: point it at a Swift compiler (swiftc), or unset it to "
                                   + "use the swiftc on PATH")
        }
        guard let swiftc = chosen ?? ExecutableSearch.find("swiftc") else {
            throw Diagnostic.error("cannot find swiftc on PATH: install Swift or set GLIA_SWIFTC")
        }
        let version = try compilerVersion(of: swiftc, in: directory, memoDirectory: memoDirectory)
        try checkRuntimeWasBuilt(by: version, in: directory, swiftc: swiftc)
        var toolchain = Toolchain(runtimeDirectory: directory, swiftc: swiftc, compilerVersion: version,
                                  runtimeFingerprint: try fingerprint(of: library, memoDirectory: memoDirectory))
        let compilerFolder = AbsolutePath(swiftc).resolvingSymbolicLinks().parent
        toolchain.linksWithLLD = FileManager.default.isExecutableFile(atPath: compilerFolder.appending("ld.lld").string)
        return toolchain
    }

    /// An expression whose type checking takes longer than this is a warning at its line.
    static let slowTypeCheckMilliseconds = 1000

    /// Arguments that compile `source` into `output` against the runtime (and the book's
    /// own code, if it has some). With `lineTables`, a crash's backtrace names the Markdown
    /// line and column (`#sourceLocation`); they cost about 15 ms of every compile, so chapters
    /// get them only when a crash must be located (see `ChapterExecutor`).
    func compileArguments(source: String, output: String, lineTables: Bool = false) -> [String] {
        var arguments = commonArguments + (lineTables ? ["-gline-tables-only"] : []) + ["-module-name", "Chapter"]
        if let bookCode {
            arguments += ["-I", bookCode.moduleDirectory, "-L", bookCode.moduleDirectory,
                          "-l" + BookCode.moduleName, "-Xlinker", "-rpath", "-Xlinker", bookCode.moduleDirectory]
        }
        return arguments + [source, "-o", output]
    }

    /// Whether `folder` holds Swift's own libraries (beside the compiler) or the runtime's,
    /// which chapter programs are linked against as stubs (`LinkStubs`).
    func holdsSwiftLibraries(_ folder: String) -> Bool {
        let searched = AbsolutePath(folder).resolvingSymbolicLinks()
        let swiftLibraries = AbsolutePath(swiftc).resolvingSymbolicLinks().parent.parent.appending("lib/swift")
        return searched.string == AbsolutePath(runtimeDirectory).resolvingSymbolicLinks().string
            || swiftLibraries.contains(searched)
    }

    /// Arguments that compile a book's own code (`sources`) into the module `BookCode` in
    /// `directory`: a shared library, its module, and testing enabled so chapters see its
    /// internal declarations. NotebookRuntime is imported into every file, as for chapters.
    func moduleArguments(sources: [String], into directory: String) -> [String] {
        let folder = AbsolutePath(directory)
        return commonArguments + [
            "-gline-tables-only",  // so a crash in the book's code names its line
            "-module-name", BookCode.moduleName, "-parse-as-library", "-enable-testing",
            "-emit-library", "-emit-module",
            "-emit-module-path", folder.appending(BookCode.moduleName + ".swiftmodule").string,
            "-Xfrontend", "-import-module", "-Xfrontend", "NotebookRuntime",
        ] + sources + ["-o", folder.appending("lib\(BookCode.moduleName).so").string]
    }

    /// What a chapter's figure files depend on besides the figure model: the library code
    /// that turns a model into SVG and PNG bytes. With the runtime's sources, the digests of
    /// the files reachable from the runtime's figure writing (`FigureFiles`), so an edit to
    /// one plot's code redraws only the figures whose models it changes; else the whole
    /// library's digest.
    var figureRenderingStamp: String {
        guard let library else { return runtimeFingerprint }
        let files = library.reachableFiles(from: ["FigureFiles", "FigureStore"])
        return SHA256.hex(files.map { "\($0.path) \($0.digest)" }.joined(separator: "\n"))
    }

    /// Digest of the interfaces a chapter program compiles against: the runtime's Swift modules
    /// and the book's own code module. Their `.swiftmodule` files change with what a chapter can
    /// see (declarations, layouts, inlinable bodies), and not with other function bodies.
    func interfaceDigest() -> String {
        var hasher = SHA256()
        for path in moduleFiles(withDocumentation: false) {
            hasher.update(Data(path.string.utf8))
            hasher.update(FileManager.default.contents(atPath: path.string) ?? Data())
        }
        return hasher.finalize()
    }

    /// The sizes and modification times of the runtime's module files and their doc comments
    /// (`.swiftdoc`), which the API reference is made from (it shows no source places, so the
    /// `.swiftsourceinfo` files, rewritten on every build, are left out). Read without reading
    /// the files: the compiler rewrites these only when they change, so a library edit inside a
    /// function body leaves them as they were.
    func documentedInterfaceStamp() -> String {
        moduleFiles(withDocumentation: true).map { "\($0.string)|" + FileStamp.text(of: $0.string) }
            .joined(separator: "\n")
    }

    /// The module files of the runtime (and of the book's code), each file of a module folder.
    private func moduleFiles(withDocumentation: Bool) -> [AbsolutePath] {
        let modules = AbsolutePath(runtimeDirectory).appending("Modules")
        let kinds = withDocumentation ? [".swiftmodule", ".swiftdoc"] : [".swiftmodule"]
        var files = RuntimePackage.modules.flatMap { module in kinds.map { modules.appending(module + $0) } }
        if let bookCode {
            files.append(AbsolutePath(bookCode.moduleDirectory).appending(BookCode.moduleName + ".swiftmodule"))
        }
        return files.flatMap(Self.filesWithin)
    }

    /// The file itself, or every file under it when it is a folder (a `.swiftmodule` can be
    /// one), sorted; empty when it does not exist (a C module has no `.swiftmodule`).
    private static func filesWithin(_ path: AbsolutePath) -> [AbsolutePath] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.string, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = FileManager.default.enumerator(atPath: path.string)?.compactMap { $0 as? String } ?? []
        return names.sorted().map { path.appending($0) }.filter {
            var nested: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.string, isDirectory: &nested) && !nested.boolValue
        }
    }

    /// What every compile of book code shares.
    private var commonArguments: [String] {
        [
            "-Onone",  // chapter code is glue; the heavy loops live in the -O library, and
                       // -Onone keeps the messages of precondition failures and range traps
            "-swift-version", "5",  // notebook code (functions using top-level vars) is
                                    // rejected by Swift 6's isolation checks
            "-diagnostic-style", "llvm",
            // Swift can spend seconds inferring the type of one long chain of closures or `+`;
            // the author pays it on every build, so the compiler is asked to point at it.
            "-Xfrontend", "-warn-long-expression-type-checking=\(Self.slowTypeCheckMilliseconds)",
            // The checks of the compiler's own intermediate code (LLVM IR, SIL) find compiler
            // bugs, not the author's; they cost 20-30 ms of a one-cell edit's 0.4 s compile.
            "-Xfrontend", "-disable-llvm-verify", "-Xfrontend", "-sil-verify-none",
            "-I", AbsolutePath(runtimeDirectory).appending("Modules").string,
            "-L", runtimeDirectory, "-lNotebookRuntime",
            "-Xlinker", "-rpath", "-Xlinker", runtimeDirectory,
        ] + (linksWithLLD ? ["-use-ld=lld"] : [])
    }

    /// Where an installed or freshly built glia keeps its runtime: next to the binary (a
    /// SwiftPM build folder), or in `../lib/glia` beside the `bin/` holding it (`make install`).
    /// Symbolic links to glia are followed first.
    public static func installedRuntimeCandidates() -> [String] {
        let folder = AbsolutePath(executableDirectory())
        return [folder.string, folder.parent.appending("lib/glia").string]
    }

    /// SwiftPM records the compiler that built the runtime (`swift-version-….txt`); a chapter
    /// compiled by another one could not import its modules, so that is said plainly first.
    private static func checkRuntimeWasBuilt(by compiler: String, in directory: String,
                                             swiftc: String) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard let record = names.sorted().first(where: { $0.hasPrefix("swift-version") && $0.hasSuffix(".txt") }),
              let text = try? String(contentsOfFile: AbsolutePath(directory).appending(record).string,
                                     encoding: .utf8) else { return }
        let built = text.split(separator: "\n").first.map(String.init) ?? ""
        let using = compiler.split(separator: "\n").first.map(String.init) ?? ""
        guard !built.isEmpty, built != using else { return }
        throw Diagnostic.error(
            "the notebook runtime in \(directory) was built by '\(built)', but the compiler glia "
            + "would use (\(swiftc)) is '\(using)': chapter programs must be compiled by the Swift "
            + "that built the runtime; rebuild glia with this compiler ('make site' or 'make "
            + "install'), or set GLIA_SWIFTC to the compiler that built it")
    }

    private static func executableDirectory() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return AbsolutePath(path).parent.string
    }

    /// `swiftc --version`, remembered (like the runtime's digest) by the compiler's path, size
    /// and modification time: starting the compiler costs a no-op build a tenth of a second.
    private static func compilerVersion(of swiftc: String, in directory: String,
                                        memoDirectory: String?) throws -> String {
        let real = AbsolutePath(swiftc).resolvingSymbolicLinks().string
        let stamp = "\(real)|" + FileStamp.text(of: real)
        let memo = memoDirectory.map { AbsolutePath($0).appending("compiler-version").string }
        if let memo, let saved = try? String(contentsOfFile: memo, encoding: .utf8),
           let newline = saved.firstIndex(of: "\n"), saved[..<newline] == stamp {
            return String(saved[saved.index(after: newline)...])
        }
        let (status, printed): (ChildProcess.Termination, String)
        do {
            (status, printed) = try ChildProcess.runInOwnTemporaryFolder(swiftc, ["--version"], workingDirectory: directory)
        } catch {
            throw Diagnostic.error("\(error): check GLIA_SWIFTC or your Swift installation")
        }
        let version = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == .exited(0), version.contains("Swift") else {
            throw Diagnostic.error("'\(swiftc) --version' did not print a Swift compiler version "
                                   + "(\(status)): check GLIA_SWIFTC or your Swift installation",
                                   details: version.split(separator: "\n").prefix(5).map(String.init))
        }
        if let memo, let memoDirectory {
            try? FileManager.default.createDirectory(atPath: memoDirectory, withIntermediateDirectories: true)
            try? "\(stamp)\n\(version)".write(toFile: memo, atomically: true, encoding: .utf8)
        }
        return version
    }

    private static func fingerprint(of path: String, memoDirectory: String?) throws -> String {
        let stamp = "\(path)|" + FileStamp.text(of: path)
        let memo = memoDirectory.map { AbsolutePath($0).appending("runtime-fingerprint").string }
        if let memo, let saved = try? String(contentsOfFile: memo, encoding: .utf8) {
            let lines = saved.split(separator: "\n").map(String.init)
            if lines.count == 2 && lines[0] == stamp { return lines[1] }
        }
        let digest = try hash(path)
        if let memo, let memoDirectory {
            try? FileManager.default.createDirectory(atPath: memoDirectory,
                                                     withIntermediateDirectories: true)
            try? "\(stamp)\n\(digest)\n".write(toFile: memo, atomically: true, encoding: .utf8)
        }
        return digest
    }

    private static func hash(_ path: String) throws -> String {
        guard let digest = SHA256.ofFile(atPath: path) else { throw Diagnostic.error("cannot read \(path)") }
        return digest
    }
}
