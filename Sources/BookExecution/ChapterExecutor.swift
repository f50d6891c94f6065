import BookCore
import Foundation

/// Runs one chapter: generates its program, compiles it, runs it, and turns what happened into
/// a `ChapterResult` and diagnostics at Markdown locations.
///
/// Cells marked `error: true` are expected to fail. A compiled program stops at its first
/// failure, so when such a cell fails (at compile time or at run time) its error is recorded,
/// the cell is left out, and the program is built and run again; every other cell still runs.
struct ChapterExecutor {
    let chapter: Chapter
    let toolchain: Toolchain
    /// Scratch folder for this chapter: program source, binary, figures.
    let workDirectory: String
    /// The book's folder; `readTextFile` resolves relative paths against it.
    let bookRoot: String
    let limits: ProgramRunner.Limits
    /// The values the chapter imports (`imported("name")`), JSON text by name, as their
    /// producers published them.
    var importedValues: [String: String] = [:]

    struct Outcome {
        var result: ChapterResult?
        var diagnostics: [Diagnostic]
        /// Files the chapter read, relative to the book root.
        var reads: [String]
        /// Where the time went, "compile 0.61 s, run 1.02 s" (all passes together).
        var timing = ""
    }

    /// Seconds spent compiling and running, over every pass.
    private let clock = Stopwatch()

    func execute() -> Outcome {
        var outcome = executeAllPasses()
        outcome.timing = String(format: "compile %.2f s, run %.2f s", clock.compile, clock.run)
            + (clock.compilesReused > 0 ? "; program unchanged, not compiled again" : "")
            + (clock.compileStartedAhead.map { "; compile started ahead, " + $0.phrase } ?? "")
        return outcome
    }

    private func executeAllPasses() -> Outcome {
        var expectedFailures: [Int: String] = [:]
        var warnings: [Diagnostic] = []
        // Each pass either finishes or removes one more failing `error: true` cell.
        for _ in 0...chapter.cells.count {
            let attempt: Attempt
            do {
                attempt = try runOnce(skipping: Set(expectedFailures.keys))
            } catch let diagnostic as Diagnostic {
                return Outcome(result: nil, diagnostics: warnings + [diagnostic], reads: [])
            } catch {
                return Outcome(result: nil, diagnostics: warnings + [.error("\(error)",
                                at: SourceLocation(file: chapter.path, line: 1))], reads: [])
            }
            switch attempt {
            case .compileFailed(let failures, let otherErrors, let compileWarnings):
                warnings = compileWarnings
                let newlyExpected = failures.filter { chapter.cells[$0.key].options.error }
                // In cell order, so the same errors always print in the same order.
                let unexpected = failures.filter { !chapter.cells[$0.key].options.error }
                    .sorted { $0.key < $1.key }.flatMap(\.value) + otherErrors
                if !unexpected.isEmpty {
                    return Outcome(result: nil, diagnostics: warnings + unexpected, reads: [])
                }
                for (index, errors) in newlyExpected {
                    expectedFailures[index] = errors.map(\.message).joined(separator: "\n")
                }
            case .crashed(let cell, let message, let transcript, let trapped):
                if chapter.cells[cell].options.error && expectedFailures[cell] == nil {
                    expectedFailures[cell] = message
                    continue
                }
                let crash = locatedCrash(cell: cell, message: message, transcript: transcript, trapped: trapped,
                                         skipping: Set(expectedFailures.keys), expectedFailures: expectedFailures)
                return Outcome(result: nil, diagnostics: warnings + [crash.diagnostic], reads: crash.reads)
            case .finished(let transcript, let compileWarnings):
                let assembler = ResultAssembler(chapter: chapter, transcript: transcript,
                                                expectedFailures: expectedFailures)
                var (result, problems) = assembler.assemble(figureDirectory: figureDirectory)
                result.published = publishedValues()
                return Outcome(result: problems.contains(where: \.isError) ? nil : result,
                               diagnostics: compileWarnings + problems, reads: transcript.reads)
            }
        }
        return Outcome(result: nil, diagnostics: [.error("internal error: cells kept failing",
                       at: SourceLocation(file: chapter.path, line: 1))], reads: [])
    }

    var figureDirectory: String { AbsolutePath(workDirectory).appending("figures").string }

    /// The folder the program runs in, emptied before each run: whatever a cell writes with a
    /// relative path lands here, never in the book or in the site.
    var runDirectory: String { AbsolutePath(workDirectory).appending("run").string }

    /// What `imported` reads and what `publish` writes, emptied before each run.
    var importedDirectory: String { AbsolutePath(workDirectory).appending("imported").string }
    var publishedDirectory: String { AbsolutePath(workDirectory).appending("published").string }

    /// The values the run published, JSON text by name.
    func publishedValues() -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: publishedDirectory)) ?? []
        var values: [String: String] = [:]
        for name in names where name.hasSuffix(".json") {
            let path = AbsolutePath(publishedDirectory).appending(name).string
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { values[String(name.dropLast(5))] = text }
        }
        return values
    }

    /// Starts compiling the chapter's program on another thread (see
    /// `ProgramCompiler.compileAhead`): its first pass then takes that compile. Returns whether
    /// it started one.
    @discardableResult
    func compileAhead(_ occasion: CompileAhead.Occasion = .whileKeying) -> Bool {
        ProgramCompiler(toolchain: toolchain, workDirectory: workDirectory)
            .compileAhead(source: programSource(skipping: []), sourcePath: sourcePath, binaryPath: binaryPath,
                          occasion: occasion)
    }

    fileprivate func programSource(skipping skipped: Set<Int>) -> String {
        ProgramGenerator(chapter: chapter, skippedCells: skipped, importsBookCode: toolchain.bookCode != nil).source()
    }

    fileprivate var sourcePath: String { AbsolutePath(workDirectory).appending("main.swift").string }
    fileprivate var binaryPath: String { AbsolutePath(workDirectory).appending("chapter").string }
}

private extension ChapterExecutor {
    /// How one compile-and-run pass ended.
    enum Attempt {
        /// Compile errors: those inside cells, by cell, and those elsewhere (inline values).
        case compileFailed(failures: [Int: [Diagnostic]], otherErrors: [Diagnostic],
                           warnings: [Diagnostic])
        /// `trapped`: the program stopped on a signal of its own (a trap, a crash), not because
        /// glia stopped it (a timeout) or it exited.
        case crashed(cell: Int, message: String, transcript: Transcript, trapped: Bool)
        case finished(Transcript, warnings: [Diagnostic])
    }

    /// The diagnostic of a crash in `cell`. Chapters are compiled without line tables, so
    /// when the program trapped and the runtime's message does not say where (an index out of
    /// range), it is compiled with them and run again, deterministic as it is, for the
    /// backtrace to name the Markdown line and column; if that run does not crash the same
    /// way, the first report stands, at the cell. A timeout is not run again.
    func locatedCrash(cell: Int, message: String, transcript: Transcript, trapped: Bool, skipping skipped: Set<Int>,
                      expectedFailures: [Int: String]) -> (diagnostic: Diagnostic, reads: [String]) {
        let first = ResultAssembler(chapter: chapter, transcript: transcript, expectedFailures: expectedFailures)
            .crashDiagnostic(cell: cell, message: message)
        guard trapped, first.location == chapter.cells[cell].fence,
              case .crashed(let again, let secondMessage, let secondTranscript, _)? =
                try? runOnce(skipping: skipped, lineTables: true), again == cell
        else { return (first, transcript.reads) }
        let located = ResultAssembler(chapter: chapter, transcript: secondTranscript,
                                      expectedFailures: expectedFailures)
            .crashDiagnostic(cell: cell, message: secondMessage)
        return (located, secondTranscript.reads)
    }

    func runOnce(skipping skipped: Set<Int>, lineTables: Bool = false) throws -> Attempt {
        // The last run's folders are moved aside and deleted on the other core while the
        // program compiles and runs: after a library edit they hold hundreds of figures.
        let discarded = try discardLastRun()
        let deleted = DispatchGroup()
        DispatchQueue.global(qos: .utility).async(group: deleted) {
            for folder in discarded { try? FileManager.default.removeItem(atPath: folder) }
        }
        defer { deleted.wait() }
        let compileStart = Date()
        let program = try ProgramCompiler(toolchain: toolchain, workDirectory: workDirectory)
            .compile(source: programSource(skipping: skipped), sourcePath: sourcePath, binaryPath: binaryPath,
                     lineTables: lineTables)
        // A compile started ahead is counted whole: waiting for it is only its end.
        let startedAhead = program.reused ? nil : program.startedAhead
        clock.compile += startedAhead != nil ? program.seconds : Date().timeIntervalSince(compileStart)
        clock.compilesReused += program.reused ? 1 : 0
        clock.compileStartedAhead = startedAhead ?? clock.compileStartedAhead
        let (status, text) = (program.termination, program.output)
        let printedPath = ProgramGenerator.escaped(chapter.path)
        var markdownLines: [Substring]?  // read only when an error needs it
        var compiled = CompilerOutput(text).diagnostics
        for index in compiled.indices {
            guard compiled[index].location?.file == printedPath, let line = compiled[index].location?.line
            else { continue }
            compiled[index].location?.file = chapter.path
            // The compiler quotes the generated line; an inline value's holds only its
            // expression. The Markdown line is what the author sees (columns are the same).
            let lines = markdownLines ?? ((try? String(contentsOfFile: AbsolutePath(bookRoot).appending(chapter.path).string,
                                                        encoding: .utf8)) ?? "")
                .split(separator: "\n", omittingEmptySubsequences: false)
            markdownLines = lines
            let details = compiled[index].details
            if details.count >= 2, line >= 1, line <= lines.count,
               case let quoted = details[0].trimmingCharacters(in: .whitespaces), !quoted.isEmpty,
               lines[line - 1].contains(quoted) {
                compiled[index].details[0] = String(lines[line - 1])
            }
        }
        let warnings = compiled.filter { $0.severity == .warning && $0.location?.file == chapter.path }
        let errors = compiled.filter(\.isError)
        if status != .exited(0) || !errors.isEmpty {
            return classify(errors, warnings: warnings, rawOutput: text)
        }
        for (name, json) in importedValues {
            try json.write(toFile: AbsolutePath(importedDirectory).appending(name + ".json").string,
                           atomically: true, encoding: .utf8)
        }

        var runner = ProgramRunner(chapter: chapter, limits: limits)
        runner.figureStore = (AbsolutePath(workDirectory).appending("figure-store").string,
                              toolchain.figureRenderingStamp)
        let runStart = Date()
        defer { clock.run += Date().timeIntervalSince(runStart) }
        let (transcript, termination) = try runner.run(executable: binaryPath,
                                                       workingDirectory: runDirectory,
                                                       bookRoot: bookRoot,
                                                       figureDirectory: figureDirectory,
                                                       valueFolders: (importedDirectory, publishedDirectory))
        if termination == .exited(0) && transcript.finished {
            return .finished(transcript, warnings: warnings)
        }
        let crash = CrashReport(termination: termination, output: transcript.latestOutput)
        if let inline = transcript.currentInline,
           let expression = chapter.inlineExpressions.first(where: { $0.index == inline.index }) {
            throw Diagnostic.error("inline value `{swift} \(expression.code)` failed: \(crash.message)",
                                   at: expression.location, details: crash.lastLines())
        }
        guard let cell = transcript.currentCell else {
            // A symbol no library defines is named by the cell line that declares it.
            let place = crash.undefinedSymbol.flatMap(firstMention) ?? SourceLocation(file: chapter.path, line: 1)
            throw Diagnostic.error("the chapter program failed before its first cell: \(crash.message)",
                                   at: place, details: crash.lastLines())
        }
        var trapped = false
        if case .signalled = termination { trapped = true }
        return .crashed(cell: cell, message: CrashReport(termination: termination,
                                                         output: transcript.outputText(of: cell)).message,
                        transcript: transcript, trapped: trapped)
    }

    /// The first cell line that mentions `name` (a symbol the program uses and no library
    /// defines, declared there with `@_silgen_name`, say).
    func firstMention(of name: String) -> SourceLocation? {
        for cell in chapter.cells {
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
            if let offset = lines.firstIndex(where: { $0.contains(name) }) {
                return SourceLocation(file: chapter.path, line: cell.firstLine + offset, column: cell.column)
            }
        }
        return nil
    }

    /// Moves the last run's folders aside (a rename each) and makes them anew, empty; returns
    /// the folders to delete: those just moved aside, and any that a stopped build left.
    func discardLastRun() throws -> [String] {
        let manager = FileManager.default
        for folder in [figureDirectory, runDirectory, importedDirectory, publishedDirectory] {
            if rename(folder, folder + Self.discardedMark + UUID().uuidString) != 0 && errno != ENOENT {
                try? manager.removeItem(atPath: folder)
            }
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return ((try? manager.contentsOfDirectory(atPath: workDirectory)) ?? [])
            .filter { $0.contains(Self.discardedMark) }.map { AbsolutePath(workDirectory).appending($0).string }
    }

    private static let discardedMark = ".discarded-"

    /// Sorts compile errors by the cell they are in. An error in glue code right after a cell
    /// (typically an unclosed brace in the cell) is charged to that cell.
    func classify(_ errors: [Diagnostic], warnings: [Diagnostic], rawOutput: String) -> Attempt {
        var failures: [Int: [Diagnostic]] = [:]
        var others: [Diagnostic] = []
        for error in errors {
            if let location = error.location, location.file == chapter.path,
               let cell = chapter.cells.first(where: { (cell) in
                   (cell.firstLine...cell.lastLine).contains(location.line)
               }) {
                failures[cell.index, default: []].append(error)
            } else if error.location?.file == chapter.path {
                others.append(error)
            } else {
                others.append(.error(
                    "\(error.message) (in code glia generated around the cells; look for an "
                    + "unclosed brace, bracket or string in the last cell)",
                    at: chapter.cells.last?.fence ?? SourceLocation(file: chapter.path, line: 1),
                    details: error.details))
            }
        }
        if failures.isEmpty && others.isEmpty {
            others.append(.error("the Swift compiler failed on this chapter",
                                 at: SourceLocation(file: chapter.path, line: 1),
                                 details: rawOutput.split(separator: "\n").suffix(20).map(String.init)))
        }
        return .compileFailed(failures: failures, otherErrors: others, warnings: warnings)
    }
}

/// Time spent in each part of running a chapter, added up over its passes.
final class Stopwatch: @unchecked Sendable {
    var compile = 0.0
    var run = 0.0
    /// Passes whose program was already compiled (see `ProgramCompiler`).
    var compilesReused = 0
    /// What a pass's compile was started ahead during, if one was (see `CompileAhead`).
    var compileStartedAhead: CompileAhead.Occasion?
}
