import BookCore
import Foundation

/// Compiles a chapter's program into its work folder, doing as little as the edit allows:
///
/// - Nothing, when the program's source, the compile arguments, the compiler and the interfaces
///   of the modules it imports are all what the binary there was built from. The binary links
///   the runtime library dynamically, so after a library edit that changes only function bodies
///   (the usual edit of a plot) the chapter runs again against the new library without being
///   compiled again. The compiler's messages are kept with the binary and given again.
/// - Otherwise the compiler's own jobs (frontend, autolink extraction, link) run directly, as
///   `swiftc -###` planned them for these arguments the first time: the driver would plan the
///   same jobs on every compile, about a tenth of a second of a one-cell edit. The link calls
///   the linker itself, as `clang -###` plans it (the clang driver costs 13 ms), and the list
///   of libraries to link is extracted again only when the program's imports or the modules
///   changed (20 ms). When a plan cannot be read, `swiftc` runs as usual.
struct ProgramCompiler {
    let toolchain: Toolchain
    /// The chapter's work folder: the compile runs here and keeps its records here.
    let workDirectory: String

    struct Compiled {
        var termination: ChildProcess.Termination
        /// What the compiler printed (diagnostics in the `-diagnostic-style llvm` format).
        var output: String
        /// Whether the binary was already up to date.
        var reused: Bool
        /// What it was compiled ahead of its chapter's turn during (`CompileAhead`), if it was.
        var startedAhead: CompileAhead.Occasion?
        /// How long the compile took, from its start (which may be before it was asked for).
        var seconds = 0.0
    }

    /// - Parameter lineTables: compile with line tables (see `Toolchain.compileArguments`).
    func compile(source: String, sourcePath: String, binaryPath: String, lineTables: Bool = false) throws -> Compiled {
        let arguments = toolchain.compileArguments(source: sourcePath, output: binaryPath, lineTables: lineTables)
        let interfaces = toolchain.interfaceDigest()
        let key = compileKey(source, arguments, interfaces)
        if let ahead = CompileAhead.shared.take(workDirectory: workDirectory, key: key) {
            return try ahead.get()
        }
        return try compile(source, sourcePath: sourcePath, binaryPath: binaryPath, arguments: arguments,
                           interfaces: interfaces, key: key)
    }

    /// Starts compiling `source` on another thread (see `CompileAhead`) unless the binary is
    /// built from it already; `compile` with the same source then takes that compile. While
    /// the book is keyed, only when it is not the program last compiled here: an edited cell,
    /// not a library change, which may not reach this chapter at all. Returns whether it did.
    @discardableResult
    func compileAhead(source: String, sourcePath: String, binaryPath: String,
                      occasion: CompileAhead.Occasion = .whileKeying) -> Bool {
        if occasion == .whileKeying, (try? String(contentsOfFile: sourcePath, encoding: .utf8)) == source {
            return false
        }
        let arguments = toolchain.compileArguments(source: sourcePath, output: binaryPath)
        let interfaces = toolchain.interfaceDigest()
        let key = compileKey(source, arguments, interfaces)
        guard builtRecord(key, binaryPath: binaryPath) == nil else { return false }
        CompileAhead.shared.start(workDirectory: workDirectory, key: key, occasion: occasion) { running in
            try compile(source, sourcePath: sourcePath, binaryPath: binaryPath, arguments: arguments,
                        interfaces: interfaces, key: key, whenRunning: running,
                        interfacesMayMove: occasion == .whileRuntimeRebuilt)
        }
        return true
    }

    /// What a compile depends on: the compiler, the interfaces of the modules it imports, the
    /// program, and the arguments.
    private func compileKey(_ source: String, _ arguments: [String], _ interfaces: String) -> String {
        SHA256.hex(([toolchain.swiftc, toolchain.compilerVersion, interfaces, source] + arguments)
            .joined(separator: "\u{0}"))
    }

    private var record: String { folder.appending("chapter.compiled").string }

    /// The compiler's messages kept with the binary, when the binary was built from `key`.
    private func builtRecord(_ key: String, binaryPath: String) -> String? {
        guard FileManager.default.isExecutableFile(atPath: binaryPath),
              let saved = try? String(contentsOfFile: record, encoding: .utf8),
              let newline = saved.firstIndex(of: "\n"), saved[..<newline] == key else { return nil }
        return String(saved[saved.index(after: newline)...])
    }

    /// - Parameters:
    ///   - whenRunning: called as the compiler is started.
    ///   - interfacesMayMove: the runtime is being rebuilt: its modules' interfaces may change
    ///     while the compiler reads them. The binary is then recorded as built from `key` only
    ///     if they are still those `interfaces` when it ends (each is written once, atomically,
    ///     so the compiler read them as they were): a compile that read another interface must
    ///     never match a later build whose interfaces happen to be those again.
    private func compile(_ source: String, sourcePath: String, binaryPath: String, arguments: [String],
                         interfaces: String, key: String, whenRunning: () -> Void = {},
                         interfacesMayMove: Bool = false) throws -> Compiled {
        let start = Date()
        if let output = builtRecord(key, binaryPath: binaryPath) {
            return Compiled(termination: .exited(0), output: output, reused: true)
        }
        try? FileManager.default.removeItem(atPath: record)
        // Written in place, not atomically (a temporary file and a rename took 2-3 ms of every
        // compile): with its record removed above, a half-written source is never trusted.
        try Data(source.utf8).write(to: URL(fileURLWithPath: sourcePath))
        // What the libraries to link follow: the modules, and the lines that import them.
        let imports = SHA256.hex(([interfaces] + Self.importLines(of: source)).joined(separator: "\n"))
        let (termination, output) = try run(arguments, imports: imports, whenRunning: whenRunning)
        if termination == .exited(0), !interfacesMayMove || toolchain.interfaceDigest() == interfaces {
            try? (key + "\n" + output).write(toFile: record, atomically: true, encoding: .utf8)
        }
        return Compiled(termination: termination, output: output, reused: false,
                        seconds: Date().timeIntervalSince(start))
    }

    private var folder: AbsolutePath { AbsolutePath(workDirectory) }

    /// The lines of `source` that mention `import`, which the libraries to link follow. Read as
    /// bytes: splitting 500 lines into characters and searching each took 1-4 ms of a compile.
    static func importLines(of source: String) -> [String] {
        source.utf8.split(separator: UInt8(ascii: "\n")).compactMap { bytes in
            let line = String(decoding: bytes, as: UTF8.self)
            return line.containsBytes("import") ? line : nil
        }
    }

    /// Runs the planned jobs one after another, stopping at the first that fails; the
    /// autolink extraction only when `imports` differs from the last time it ran.
    private func run(_ arguments: [String], imports: String,
                     whenRunning: () -> Void) throws -> (ChildProcess.Termination, String) {
        guard var jobs = plannedJobs(arguments) else {
            whenRunning()
            return try ChildProcess(executable: toolchain.swiftc, arguments: arguments,
                                    workingDirectory: workDirectory).runCollectingOutput(timeout: 600)
        }
        try FileManager.default.createDirectory(atPath: jobs.scratch, withIntermediateDirectories: true)
        let importsRecord = AbsolutePath(jobs.scratch).appending("autolink-imports").string
        var printed = ""
        whenRunning()
        for (index, planned) in jobs.commands.enumerated() {
            var command = planned
            let links = index == jobs.commands.count - 1
            // The clang driver checks that its inputs exist, so the linker it would call is
            // planned here, the first time the objects are there, and kept.
            if links, !jobs.linkerPlanned {
                jobs.linkerPlanned = true
                if let direct = linkerCommand(for: command) {
                    command = direct
                    jobs.commands[index] = direct
                    jobs.linkStubs = LinkStubs.make(in: AbsolutePath(jobs.scratch).appending("link-stubs").string,
                                                    for: direct, stubbed: toolchain.holdsSwiftLibraries)?.folder
                }
                save(jobs, for: arguments)
            }
            if links, let stubs = jobs.linkStubs {
                let (termination, output) = try runJob(LinkStubs(folder: stubs).command(command))
                if termination == .exited(0) {
                    printed += output
                    continue
                }
                // Linked as planned instead, against the real libraries: the linker's own
                // messages say what is wrong.
            }
            let extractsLibraries = command[0].hasSuffix("/swift-autolink-extract")
            if extractsLibraries {
                if let list = command.firstIndex(of: "-o").map({ command[min($0 + 1, command.count - 1)] }),
                   FileManager.default.fileExists(atPath: list),
                   (try? String(contentsOfFile: importsRecord, encoding: .utf8)) == imports {
                    continue
                }
                try? FileManager.default.removeItem(atPath: importsRecord)
            }
            let (termination, output) = try runJob(command)
            printed += output
            if termination != .exited(0) { return (termination, printed) }
            if extractsLibraries { try? imports.write(toFile: importsRecord, atomically: true, encoding: .utf8) }
        }
        return (.exited(0), printed)
    }

    private func runJob(_ command: [String]) throws -> (ChildProcess.Termination, String) {
        try ChildProcess(executable: command[0], arguments: Array(command.dropFirst()), workingDirectory: workDirectory)
            .runCollectingOutput(timeout: 600)
    }

    /// The jobs for these arguments: remembered in the work folder, or planned now.
    private func plannedJobs(_ arguments: [String]) -> CompileJobs? {
        let key = SHA256.hex(([CompileJobs.format, toolchain.swiftc, toolchain.compilerVersion] + arguments)
                             .joined(separator: "\u{0}"))
        if let data = FileManager.default.contents(atPath: planPath(arguments)),
           let saved = try? JSONDecoder().decode(CompileJobs.self, from: data), saved.key == key {
            return saved
        }
        guard let (status, printed) = try? ChildProcess.runInOwnTemporaryFolder(toolchain.swiftc, ["-###"] + arguments,
                                                                  workingDirectory: workDirectory),
              status == .exited(0),
              let jobs = CompileJobs(plan: printed, key: key, scratch: folder.appending("jobs").string)
        else { return nil }
        save(jobs, for: arguments)
        return jobs
    }

    /// One plan per set of arguments: a compile with line tables (after a crash) does not
    /// replace the plan every other compile uses.
    private func planPath(_ arguments: [String]) -> String {
        folder.appending(arguments.contains("-gline-tables-only") ? "compile-jobs-lines.json" : "compile-jobs.json").string
    }

    private func save(_ jobs: CompileJobs, for arguments: [String]) {
        if let data = try? JSONEncoder().encode(jobs) {
            try? data.write(to: URL(fileURLWithPath: planPath(arguments)), options: .atomic)
        }
    }
}

extension ProgramCompiler {
    /// The linker command the clang driver would run for `link` (a `clang` command), read from
    /// `clang -###`; nil when `link` is not a clang command or the plan is not understood. The
    /// list of libraries from autolink extraction (a response file, `@…autolink`) stays a
    /// response file, which the linker reads itself.
    func linkerCommand(for link: [String]) -> [String]? {
        guard let driver = link.first, driver.hasSuffix("/clang") || driver.hasSuffix("/clang++"),
              let list = link.firstIndex(where: { $0.hasPrefix("@") }) else { return nil }
        let placeholder = "-lglia-autolink-placeholder"
        var planned = Array(link.dropFirst())
        planned[list - 1] = placeholder
        guard let (status, printed) = try? ChildProcess(executable: driver, arguments: planned + ["-###"],
                                                        workingDirectory: workDirectory).runCollectingOutput(timeout: 60),
              status == .exited(0) else { return nil }
        // One job line, every word in double quotes; the rest is the driver's version and target.
        let jobs = printed.split(separator: "\n").filter { $0.hasPrefix(" \"") }
        guard jobs.count == 1, var words = CompileJobs.shellWords(String(jobs[0])),
              let program = words.first, program.hasPrefix("/"),
              let slot = words.firstIndex(of: placeholder),
              words.filter({ $0 == placeholder }).count == 1 else { return nil }
        words[slot] = link[list]
        return words
    }
}

/// The commands `swiftc` would run for one compile, read from what `swiftc -###` prints: one
/// shell-quoted command per line. The driver's temporary folder (`…/TemporaryDirectory.XXXXXX`)
/// becomes `scratch`, so the intermediate files stay in the chapter's work folder.
struct CompileJobs: Codable, Equatable {
    /// Changed when glia plans jobs differently: plans kept in work folders are made again.
    static let format = "jobs 3: linked against stubs"

    var key: String
    var scratch: String
    var commands: [[String]]
    /// Whether the link has been looked at for a linker to call directly (whatever was found).
    var linkerPlanned = false
    /// The folder of stubs the program is linked against (`LinkStubs`), when they were made.
    var linkStubs: String?

    /// Nil when the text is not a plan glia understands (no commands, a command that is not an
    /// absolute path, unbalanced quotes): the caller then runs `swiftc` itself.
    init?(plan text: String, key: String, scratch: String) {
        var commands: [[String]] = []
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            guard let words = Self.shellWords(String(line)), let program = words.first, program.hasPrefix("/")
            else { return nil }
            commands.append(words.map { Self.replacingTemporaryFolder(in: $0, with: scratch) })
        }
        guard !commands.isEmpty else { return nil }
        self.key = key
        self.scratch = scratch
        self.commands = commands
    }

    /// Splits a POSIX shell command line into words: single quotes, double quotes and
    /// backslashes as the shell reads them; nil if a quote is left open.
    static func shellWords(_ line: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while true {
                    guard let next = iterator.next() else { return nil }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard var next = iterator.next() else { return nil }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = iterator.next() else { return nil }
                        if !"$`\"\\".contains(escaped) { word.append("\\") }
                        next = escaped
                    }
                    word.append(next)
                }
            case "\\":
                guard let escaped = iterator.next() else { return nil }
                inWord = true
                word.append(escaped)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// `/tmp/TemporaryDirectory.AbC123/main-1.o` → `<scratch>/main-1.o`, wherever it appears
    /// in the word (also after a response file's `@`).
    private static func replacingTemporaryFolder(in word: String, with scratch: String) -> String {
        guard let marker = word.range(of: "TemporaryDirectory.") else { return word }
        let start = word[..<marker.lowerBound].lastIndex(where: { $0 == "@" || $0 == "=" })
            .map { word.index(after: $0) } ?? word.startIndex
        let end = word[marker.upperBound...].firstIndex(of: "/") ?? word.endIndex
        return String(word[..<start]) + scratch + String(word[end...])
    }
}
