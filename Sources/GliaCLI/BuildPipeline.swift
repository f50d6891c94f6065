import BookCore
import BookExecution
import BookHTML
import Foundation

/// The build as a sequence of named stages (load → execute → render → write), each timed and
/// reported. Every diagnostic found is printed; nothing is written if any is an error.
struct BuildPipeline {
    let rootPath: String
    let outputPath: String
    let cachePath: String
    let force: Bool
    let jobs: Int?
    let reporter: ProgressReporter

    /// Runs the build; returns false if it failed (diagnostics already printed).
    func run() -> Bool {
        let start = Date()
        reporter.stage("glia", "building the book in \(rootPath)")

        var clock = Date()
        let book: Book
        do {
            let (loaded, warnings) = try BookLoader(root: rootPath).load()
            warnings.forEach(printDiagnostic)
            book = loaded
        } catch let list as DiagnosticList {
            list.diagnostics.forEach(printDiagnostic)
            return fail(start)
        } catch {
            printDiagnostic(.error("\(error)"))
            return fail(start)
        }
        let chapters = (book.index.map { [$0] } ?? []) + book.chapters
        let cellCount = chapters.reduce(0) { $0 + $1.cells.count }
        reporter.stage("parse", "\(counted(book.chapters.count, "chapter")), "
                       + counted(cellCount, "cell"),
                       seconds: Date().timeIntervalSince(clock))

        do {
            // Fail before minutes of training if the site could not be written anyway.
            try SiteWriter(outputDirectory: outputPath).checkWritable()
        } catch {
            printDiagnostic(.error("\(error)"))
            return fail(start)
        }

        let lock: BuildLock
        do {
            lock = try BuildLock(cacheDirectory: cachePath) {
                reporter.say("glia: another build of this book is running; waiting for it to finish")
            }
        } catch {
            printDiagnostic(.error("cannot lock \(cachePath): \(error.localizedDescription)"))
            return fail(start)
        }
        defer { withExtendedLifetime(lock) {} }

        clock = Date()
        let toolchain: Toolchain
        do {
            toolchain = try Toolchain.locate(memoDirectory: cachePath)
        } catch let diagnostic as Diagnostic {
            printDiagnostic(diagnostic)
            return fail(start)
        } catch {
            printDiagnostic(.error("\(error)"))
            return fail(start)
        }
        var executor = BookExecutor(toolchain: toolchain, bookRoot: rootPath, cacheDirectory: cachePath)
        if let jobs { executor.jobs = jobs }
        executor.force = force
        let report = executor.run(chapters) { [reporter] in reporter.chapter($0) }
        report.diagnostics.forEach(printDiagnostic)
        let ran = report.statuses.values.filter { if case .ran = $0 { return true }; return false }.count
        let reused = report.statuses.values.filter { $0 == .reused }.count
        let failed = report.statuses.values.filter { $0 == .failed }.count
        reporter.stage("execute", "\(ran) ran, \(reused) reused"
                       + (failed > 0 ? ", \(failed) failed" : ""),
                       seconds: Date().timeIntervalSince(clock))
        if report.diagnostics.contains(where: \.isError) { return fail(start) }

        clock = Date()
        let renderer = SiteRenderer(book: book, results: report.results, options: SiteOptions())
        let (files, renderDiagnostics) = renderer.render()
        renderDiagnostics.forEach(printDiagnostic)
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        reporter.stage("render", "\(pages) pages", seconds: Date().timeIntervalSince(clock))
        if renderDiagnostics.contains(where: \.isError) { return fail(start) }

        clock = Date()
        do {
            try SiteWriter(outputDirectory: outputPath).write(files)
        } catch {
            printDiagnostic(.error("\(error)"))
            return fail(start)
        }
        reporter.stage("write", "\(files.count) files into \(outputPath)",
                       seconds: Date().timeIntervalSince(clock))
        let index = (outputPath as NSString).appendingPathComponent("index.html")
        reporter.say("glia: built \(counted(book.chapters.count, "chapter")) (\(ran) ran, \(reused) reused) in "
                     + ProgressReporter.format(Date().timeIntervalSince(start)))
        reporter.say("  open \(index) in a browser (file://\(index))")
        return true
    }

    private func fail(_ start: Date) -> Bool {
        reporter.say("glia: build failed after \(ProgressReporter.format(Date().timeIntervalSince(start))); "
                     + "\(outputPath) was left as it was")
        return false
    }
}

/// "1 chapter", "7 chapters".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
