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

    struct Outcome {
        var result: ChapterResult?
        var diagnostics: [Diagnostic]
        /// Files the chapter read, relative to the book root.
        var reads: [String]
    }

    func execute() -> Outcome {
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
            case .crashed(let cell, let message, let transcript):
                if chapter.cells[cell].options.error && expectedFailures[cell] == nil {
                    expectedFailures[cell] = message
                    continue
                }
                let report = ResultAssembler(chapter: chapter, transcript: transcript,
                                             expectedFailures: expectedFailures)
                return Outcome(result: nil,
                               diagnostics: warnings + [report.crashDiagnostic(cell: cell, message: message)],
                               reads: transcript.reads)
            case .finished(let transcript, let compileWarnings):
                let assembler = ResultAssembler(chapter: chapter, transcript: transcript,
                                                expectedFailures: expectedFailures)
                let (result, problems) = assembler.assemble(figureDirectory: figureDirectory)
                return Outcome(result: problems.contains(where: \.isError) ? nil : result,
                               diagnostics: compileWarnings + problems, reads: transcript.reads)
            }
        }
        return Outcome(result: nil, diagnostics: [.error("internal error: cells kept failing",
                       at: SourceLocation(file: chapter.path, line: 1))], reads: [])
    }

    var figureDirectory: String { (workDirectory as NSString).appendingPathComponent("figures") }

    /// The folder the program runs in, emptied before each run: whatever a cell writes with a
    /// relative path lands here, never in the book or in the site.
    var runDirectory: String { (workDirectory as NSString).appendingPathComponent("run") }
}
