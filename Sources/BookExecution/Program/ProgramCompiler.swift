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
///   same jobs on every compile, about a tenth of a second of a one-cell edit. When the plan
///   cannot be read, `swiftc` runs as usual.
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
    }

    func compile(source: String, sourcePath: String, binaryPath: String) throws -> Compiled {
        let arguments = toolchain.compileArguments(source: sourcePath, output: binaryPath)
        let key = SHA256.hex(([toolchain.swiftc, toolchain.compilerVersion, toolchain.interfaceDigest(), source]
                              + arguments).joined(separator: "\u{0}"))
        let record = folder.appending("chapter.compiled").string
        if FileManager.default.isExecutableFile(atPath: binaryPath),
           let saved = try? String(contentsOfFile: record, encoding: .utf8),
           let newline = saved.firstIndex(of: "\n"), saved[..<newline] == key {
            return Compiled(termination: .exited(0), output: String(saved[saved.index(after: newline)...]),
                            reused: true)
        }
        try? FileManager.default.removeItem(atPath: record)
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        let (termination, output) = try run(arguments)
        if termination == .exited(0) {
            try? (key + "\n" + output).write(toFile: record, atomically: true, encoding: .utf8)
        }
        return Compiled(termination: termination, output: output, reused: false)
    }

    private var folder: AbsolutePath { AbsolutePath(workDirectory) }

    /// Runs the planned jobs one after another, stopping at the first that fails.
    private func run(_ arguments: [String]) throws -> (ChildProcess.Termination, String) {
        guard let jobs = plannedJobs(arguments) else {
            return try ChildProcess(executable: toolchain.swiftc, arguments: arguments,
                                    workingDirectory: workDirectory).runCollectingOutput(timeout: 600)
        }
        try FileManager.default.createDirectory(atPath: jobs.scratch, withIntermediateDirectories: true)
        var printed = ""
        for command in jobs.commands {
            let (termination, output) = try ChildProcess(executable: command[0], arguments: Array(command.dropFirst()),
                                                         workingDirectory: workDirectory)
                .runCollectingOutput(timeout: 600)
            printed += output
            if termination != .exited(0) { return (termination, printed) }
        }
        return (.exited(0), printed)
    }

    /// The jobs for these arguments: remembered in the work folder, or planned now.
    private func plannedJobs(_ arguments: [String]) -> CompileJobs? {
        let key = SHA256.hex(([toolchain.swiftc, toolchain.compilerVersion] + arguments).joined(separator: "\u{0}"))
        let path = folder.appending("compile-jobs.json").string
        if let data = FileManager.default.contents(atPath: path),
           let saved = try? JSONDecoder().decode(CompileJobs.self, from: data), saved.key == key {
            return saved
        }
        guard let (status, printed) = try? ChildProcess(executable: toolchain.swiftc, arguments: ["-###"] + arguments,
                                                        workingDirectory: workDirectory).runCollectingOutput(timeout: 60),
              status == .exited(0),
              let jobs = CompileJobs(plan: printed, key: key, scratch: folder.appending("jobs").string)
        else { return nil }
        if let data = try? JSONEncoder().encode(jobs) {
            try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        return jobs
    }
}

/// The commands `swiftc` would run for one compile, read from what `swiftc -###` prints: one
/// shell-quoted command per line. The driver's temporary folder (`…/TemporaryDirectory.XXXXXX`)
/// becomes `scratch`, so the intermediate files stay in the chapter's work folder.
struct CompileJobs: Codable, Equatable {
    var key: String
    var scratch: String
    var commands: [[String]]

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
