import ArgumentParser
import Foundation

/// Options every command that reads a book shares.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding 'chapters/' (and optionally 'book.yml').")
    var root: String = "."

    /// The book root as an absolute, normalised path.
    var rootPath: String {
        URL(fileURLWithPath: root).standardizedFileURL.path
    }

    var cachePath: String { (rootPath as NSString).appendingPathComponent(".glia-cache") }

    /// The build pipeline for this book, writing into `output` (relative to the book root).
    func pipeline(output: String, force: Bool, jobs: Int?, reporter: ProgressReporter) -> BuildPipeline {
        let outputPath = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: rootPath))
            .standardizedFileURL.path
        return BuildPipeline(rootPath: rootPath, outputPath: outputPath, cachePath: cachePath,
                             force: force, jobs: jobs, reporter: reporter)
    }
}
