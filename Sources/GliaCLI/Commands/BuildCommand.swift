import ArgumentParser
import BookCore
import BookExecution
import BookHTML
import Foundation

/// `glia build`: load, parse, execute, render, write.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run the chapters' cells and write the site.",
        discussion: """
        Chapters whose cells, inline values, runtime library, compiler and read files are \
        unchanged reuse their cached results (in .glia-cache/), so a prose edit re-renders in \
        well under a second. Errors are printed as 'file:line:col: error: message'; on any \
        error the previous output folder is left as it was and the exit status is 1.
        """)

    @OptionGroup var book: BookOptions

    @Option(name: [.short, .long], help: "Folder to write the site into (replaced atomically).")
    var output: String = "output"

    @Flag(name: .long, help: "Run every chapter, even those whose cached results are valid.")
    var force = false

    @Flag(name: .long, help: "Say why each chapter ran or was reused.")
    var explain = false

    @Option(name: [.short, .long], help: "Chapters to run at the same time (default: core count).")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "Print only diagnostics and the summary.")
    var quiet = false

    @Flag(help: "Fail if a figure differs from the baseline folder (for CI).")
    var checkFigures = false

    @Flag(help: "Record every figure as the new baseline.")
    var acceptFigures = false

    @Option(help: "The baseline folder, relative to the book root.")
    var baseline: String = "figures-baseline"

    @Option(help: "Percent of a figure's pixels that may differ from the baseline.")
    var figureTolerance: Double = 0.1

    @Flag(help: "Fail when a page or figure is over its weight budget (book.yml 'budgets:').")
    var strict = false

    @Flag(help: "Print each page's weight: without figures, first view, and on a phone.")
    var weights = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if checkFigures && acceptFigures {
            throw ValidationError("--check-figures and --accept-figures exclude each other")
        }
        if figureTolerance < 0 || figureTolerance > 100 {
            throw ValidationError("--figure-tolerance is a percentage, 0 to 100")
        }
    }

    func run() throws {
        InterruptHandler.install()
        let reporter = ProgressReporter(quiet: quiet, explain: explain)
        var pipeline = BuildPipeline(layout: book.layout(output: output, baseline: baseline),
                                     force: force, jobs: jobs, reporter: reporter)
        pipeline.figures = checkFigures ? .check(tolerancePercent: figureTolerance)
            : acceptFigures ? .accept : .ignore
        pipeline.strictBudgets = strict
        pipeline.showWeights = weights
        let succeeded = pipeline.run()
        if !succeeded { throw ExitCode.failure }
    }
}
