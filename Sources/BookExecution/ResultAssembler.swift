import BookCore
import Foundation

/// Turns a transcript into the per-cell `ChapterResult` the pages show, and checks what only
/// the run can tell: `error: true` cells that did not fail, runtime-rejected calls, figure
/// names used twice, output that was cut.
struct ResultAssembler {
    let chapter: Chapter
    let transcript: Transcript
    /// Messages of `error: true` cells that failed, by cell index.
    let expectedFailures: [Int: String]

    func assemble(figureDirectory: String) -> (ChapterResult, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var figureNames: Set<String> = []
        var cells: [CellResult] = []
        for cell in chapter.cells {
            let record = transcript.cells[cell.index]
            var result = CellResult(output: transcript.outputText(of: cell.index),
                                    seconds: record?.seconds ?? 0)
            if let message = expectedFailures[cell.index] {
                result.error = message
                result.output = CrashReport(termination: .exited(0), output: result.output)
                    .outputWithoutCrash
            } else if let runtimeErrors = record?.errors, !runtimeErrors.isEmpty {
                if cell.options.error {
                    result.error = runtimeErrors.joined(separator: "\n")
                } else {
                    diagnostics += runtimeErrors.map { .error($0, at: cell.fence) }
                }
            } else if cell.options.error && cell.options.eval {
                diagnostics.append(.error(
                    "cell is marked 'error: true' but ran without an error: remove the option, "
                    + "or make the cell fail", at: cell.fence))
            }
            if let dropped = record?.droppedBytes, dropped > 0 {
                diagnostics.append(.warning(
                    "cell printed \(ByteCount(dropped + (record?.output.count ?? 0))); the page shows "
                    + "only the first \(ByteCount(transcript.keptBytesPerCell))", at: cell.fence))
            }
            // Captions and alt text from cell options are applied when the page is rendered,
            // not stored here, so editing them re-renders without running the chapter.
            for figure in record?.figures ?? [] {
                if !figureNames.insert(figure.name).inserted {
                    diagnostics.append(.error(
                        "figure name '\(figure.name)' is used twice in this chapter: give each "
                        + "show(_:name:) call its own name", at: cell.fence))
                }
                result.figures.append(figure)
            }
            cells.append(result)
        }
        let inlineValues = chapter.inlineExpressions.map { transcript.inlineValues[$0.index] ?? "" }
        return (ChapterResult(cells: cells, inlineValues: inlineValues,
                              figureDirectory: figureDirectory), diagnostics)
    }

    /// The place of the cell's only `try`, if it has exactly one line with one.
    static func onlyTryLine(in cell: Cell) -> SourceLocation? {
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
        let tries = lines.enumerated().filter { _, line in
            !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                && line.range(of: #"(^|[^A-Za-z0-9_])try[!?]?\s"#, options: .regularExpression) != nil
        }
        guard tries.count == 1, let (offset, line) = tries.first,
              let range = line.range(of: "try") else { return nil }
        return SourceLocation(file: cell.fence.file, line: cell.firstLine + offset,
                              column: line.distance(from: line.startIndex, to: range.lowerBound) + cell.column)
    }

    /// The error for a cell that crashed without being marked `error: true`.
    func crashDiagnostic(cell index: Int, message: String) -> Diagnostic {
        let cell = chapter.cells[index]
        var location = cell.fence
        let output = transcript.outputText(of: index)
        let report = CrashReport(termination: .exited(0), output: output)
        let cellLines = cell.firstLine...cell.lastLine
        if let frame = report.backtraceLocations(in: chapter.path).first(where: { cellLines.contains($0.line) }) {
            location = frame
        } else if let runtime = report.runtimeMessage, let line = runtime.line, cellLines.contains(line),
                  runtime.file.hasSuffix(AbsolutePath(chapter.path, relativeTo: AbsolutePath("/")).name) {
            location = SourceLocation(file: chapter.path, line: line, column: 1)
        } else if message.hasPrefix("an error was thrown"), let line = Self.onlyTryLine(in: cell) {
            // The backtrace of an uncaught error ends in compiler-generated code; a cell with a
            // single `try` can only have thrown there.
            location = line
        }
        return .error("cell \(index + 1) (lines \(cell.firstLine)-\(cell.lastLine)) failed: \(message)",
                      at: location,
                      details: report.lastLines(header: "last output of the cell:"))
    }
}
