import BookCore
import Foundation

extension ChapterExecutor {
    /// How one compile-and-run pass ended.
    enum Attempt {
        /// Compile errors: those inside cells, by cell, and those elsewhere (inline values).
        case compileFailed(failures: [Int: [Diagnostic]], otherErrors: [Diagnostic],
                           warnings: [Diagnostic])
        case crashed(cell: Int, message: String, transcript: Transcript)
        case finished(Transcript, warnings: [Diagnostic])
    }

    func runOnce(skipping skipped: Set<Int>) throws -> Attempt {
        let manager = FileManager.default
        for folder in [figureDirectory, runDirectory] {
            try? manager.removeItem(atPath: folder)
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let generator = ProgramGenerator(chapter: chapter, skippedCells: skipped)
        let sourcePath = (workDirectory as NSString).appendingPathComponent("main.swift")
        let binaryPath = (workDirectory as NSString).appendingPathComponent("chapter")
        try generator.source().write(toFile: sourcePath, atomically: true, encoding: .utf8)

        let compiler = ChildProcess(executable: toolchain.swiftc,
                                    arguments: toolchain.compileArguments(source: sourcePath,
                                                                          output: binaryPath),
                                    workingDirectory: workDirectory)
        let (status, text) = try compiler.runCollectingOutput(timeout: 600)
        let compiled = CompilerOutput(text).diagnostics
        let warnings = compiled.filter { $0.severity == .warning && $0.location?.file == chapter.path }
        let errors = compiled.filter(\.isError)
        if status != .exited(0) || !errors.isEmpty {
            return classify(errors, warnings: warnings, rawOutput: text)
        }

        let runner = ProgramRunner(chapter: chapter, limits: limits)
        let (transcript, termination) = try runner.run(executable: binaryPath,
                                                       workingDirectory: runDirectory,
                                                       bookRoot: bookRoot,
                                                       figureDirectory: figureDirectory)
        if termination == .exited(0) && transcript.finished {
            return .finished(transcript, warnings: warnings)
        }
        guard let cell = transcript.currentCell else {
            let printed = String(decoding: transcript.preamble, as: UTF8.self)
            throw Diagnostic.error("the chapter program failed before its first cell (\(termination))",
                                   at: SourceLocation(file: chapter.path, line: 1),
                                   details: printed.split(separator: "\n").map(String.init))
        }
        return .crashed(cell: cell, message: CrashReport(termination: termination,
                                                         output: transcript.outputText(of: cell)).message,
                        transcript: transcript)
    }

    /// Sorts compile errors by the cell they are in. An error in glue code right after a cell
    /// (typically an unclosed brace in the cell) is charged to that cell.
    private func classify(_ errors: [Diagnostic], warnings: [Diagnostic], rawOutput: String) -> Attempt {
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
