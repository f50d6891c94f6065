import ArgumentParser
import BookCore
import BookExecution
import Foundation

/// `glia pdf`: builds the book, then prints its one-page edition (`print.html`) to a PDF with
/// headless Chromium, the same engine the browser tests use, so the PDF looks like the site's
/// print layout (figures light, code wrapped, one chapter per page).
struct PdfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the book and print it to a PDF with headless Chromium.",
        discussion: """
        Writes the PDF into the output folder (book.pdf by default), after a normal build. \
        Needs Chromium (Debian's 'chromium' package) on the PATH.
        """)

    @OptionGroup var book: BookOptions

    @Option(name: [.short, .long], help: "Folder to write the site into (replaced atomically).")
    var output: String = "output"

    @Option(help: "Name of the PDF file inside the output folder.")
    var name: String = "book.pdf"

    func validate() throws {
        guard name.hasSuffix(".pdf"), !name.contains("/"), !name.hasPrefix(".") else {
            throw ValidationError("--name must be a file name ending in .pdf, such as 'course.pdf'")
        }
    }

    func run() throws {
        InterruptHandler.install()
        let layout = book.layout(output: output)
        let reporter = ProgressReporter(quiet: false, explain: false)
        guard BuildPipeline(layout: layout, force: false, jobs: nil, reporter: reporter).run() else {
            throw ExitCode.failure
        }
        guard let chromium = Self.findChromium() else {
            FileHandle.standardError.write(Data(("glia: error: glia pdf needs Chromium to print the "
                + "book; install it (Debian: apt install chromium) and run glia pdf again\n").utf8))
            throw ExitCode.failure
        }
        let page = layout.output.appending("print.html")
        guard FileManager.default.fileExists(atPath: page.string) else {
            FileHandle.standardError.write(Data("glia: error: the book has no chapters to print\n".utf8))
            throw ExitCode.failure
        }
        let pdf = layout.output.appending(name)
        let clock = Date()
        var arguments = ["--headless", "--disable-gpu", "--no-pdf-header-footer",
                         "--run-all-compositor-stages-before-draw", "--virtual-time-budget=20000",
                         "--print-to-pdf=\(pdf.string)", "file://" + page.string]
        // Chromium refuses to sandbox itself as root (containers, CI).
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let (succeeded, printed) = try ExternalCommand.run(chromium, arguments, in: layout.root.string,
                                                           timeout: 300)
        let head = FileManager.default.contents(atPath: pdf.string)?.prefix(5)
        guard succeeded, head == Data("%PDF-".utf8) else {
            FileHandle.standardError.write(Data(("glia: error: Chromium did not write \(pdf): "
                + printed.suffix(2000) + "\n").utf8))
            throw ExitCode.failure
        }
        reporter.stage("pdf", "\(pdf)", seconds: Date().timeIntervalSince(clock))
    }

    /// Chromium under the names Debian and others install it as, on the PATH.
    static func findChromium() -> String? {
        ExecutableSearch.find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    }
}
