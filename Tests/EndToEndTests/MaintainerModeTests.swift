import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The maintainer's loop, end to end: a book inside a copy of glia's own package, served by
/// `glia serve`; a colour changed in the Figures library is rebuilt into the runtime, only the
/// chapter that draws with it runs again, the build names the file and lists the changed
/// figure, and a library compile error shows in the page until it is fixed.
final class MaintainerModeTests: XCTestCase {
    private var runner: GliaRunner!

    /// The package this test file belongs to.
    private static let package = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private let lineChart = "Sources/Figures/Plots/LineChart.swift"

    override func setUpWithError() throws {
        guard let swift = ["/usr/bin/swift", "/opt/swift/usr/bin/swift"]
            .first(where: FileManager.default.isExecutableFile(atPath:))
            ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
                .map({ $0 + "/swift" }).first(where: FileManager.default.isExecutableFile(atPath:))
        else { throw XCTSkip("no swift on PATH to build the runtime") }
        runner = try GliaRunner(files: [
            "chapters/01-line.md": """
                # Lines

                ```swift
                //| fig-alt: A parabola.
                let xs = stride(from: -3.0, through: 3.0, by: 0.1).map { $0 }
                show(LineChart(x: xs, y: xs.map { $0 * $0 }, xLabel: "x", yLabel: "y"), name: "square")
                ```
                """,
            "chapters/02-bars.md": """
                # Bars

                ```swift
                //| fig-alt: Three bars.
                show(BarChart(categories: ["a", "b", "c"], values: [[1, 3, 2]]), name: "bars")
                ```
                """,
        ])
        // The package's manifest, sources and the folders its manifest names, not its build.
        let manager = FileManager.default
        for item in ["Package.swift", "Package.resolved", "Sources", "Benchmarks"]
            where manager.fileExists(atPath: Self.package.appendingPathComponent(item).path) {
            try manager.copyItem(at: Self.package.appendingPathComponent(item), to: runner.url(item))
        }
        try manager.createDirectory(at: runner.url("Tests"), withIntermediateDirectories: true)
        for item in try manager.contentsOfDirectory(atPath: Self.package.appendingPathComponent("Tests").path)
            where item.hasSuffix("Tests") {
            try manager.copyItem(at: Self.package.appendingPathComponent("Tests/" + item),
                                 to: runner.url("Tests/" + item))
        }
        let build = Process()
        build.executableURL = URL(fileURLWithPath: swift)
        build.arguments = ["build", "-c", "release", "--product", "NotebookRuntime"]
        build.currentDirectoryURL = runner.root
        let output = Pipe()
        build.standardOutput = output
        build.standardError = output
        try build.run()
        let printed = ReadAll(output.fileHandleForReading)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationStatus, 0, printed.wait())
    }

    /// Replaces `relative` with `text` in one rename, the new file keeping the old one's
    /// modification time.
    private func saveKeepingTime(_ relative: String, _ text: String) throws {
        let manager = FileManager.default
        let date = try XCTUnwrap(manager.attributesOfItem(atPath: runner.url(relative).path)[.modificationDate] as? Date)
        let staged = runner.url(relative).deletingLastPathComponent().appendingPathComponent(".staged-save")
        try text.write(to: staged, atomically: false, encoding: .utf8)
        try manager.setAttributes([.modificationDate: date], ofItemAtPath: staged.path)
        XCTAssertEqual(rename(staged.path, runner.url(relative).path), 0)
    }

    /// What the server printed from `start` on, once it has printed `last` (or `seconds` passed):
    /// a page can be told to reload before the test has read the lines printed just before.
    private func printed(by server: GliaRunner.Running, since start: Int, through last: String,
                         seconds: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !server.stdout.peek().dropFirst(start).contains(last) { usleep(20_000) }
        return String(server.stdout.peek().dropFirst(start))
    }

    override func tearDown() {
        runner?.remove()
    }

    func testALibraryColourReRunsOnlyTheChapterDrawingWithItAndCompileErrorsShowInThePage() throws {
        // Saved after the runtime was built, before glia serve starts: it builds it first.
        let built = try runner.read(lineChart)
        try runner.write(lineChart, built + "\nfunc savedBeforeServeStarted() -> Int { 3 }\n")
        let server = try runner.start(["serve", "--port", "0"],
                                      environment: ["GLIA_RUNTIME_DIR": runner.url(".build/release").path])
        defer {
            if server.process.isRunning {
                kill(server.process.processIdentifier, SIGINT)
                _ = server.finish()
            }
        }
        let client = ServerClient(port: try ServerClient.waitUntilServing(server, seconds: 120))
        let started = printed(by: server, since: 0, through: "this book is in glia's own package", seconds: 120)
        XCTAssertTrue(started.contains("this book is in glia's own package"), started)
        XCTAssertTrue(started.contains("rebuilt (swift build -c release --product NotebookRuntime): it was not "
                                       + "up to date"), started)
        XCTAssertTrue(started.contains("run      chapters/01-line.md (the library code it uses changed"), started)
        let live = try client.openLiveSocket()
        defer { close(live) }
        XCTAssertEqual(client.nextMessage(live), #"{"type":"ok"}"#)

        // A colour in the library: the line chart's single series gets an explicit colour.
        let original = try runner.read(lineChart)
        let coloured = original.replacingOccurrences(
            of: "LineSeries(x: x, y: y, dash: dash)",
            with: "LineSeries(x: x, y: y, color: Color(hex: 0xC03030), dash: dash)")
        XCTAssertNotEqual(coloured, original, "the line chart's code moved: update this test")
        let before = server.stdout.peek().count
        try runner.write(lineChart, coloured)
        XCTAssertEqual(client.nextMessage(live), #"{"changed":1,"type":"reload"}"#, server.stdout.peek())
        let rebuild = printed(by: server, since: before, through: "files changed in")
        XCTAssertTrue(rebuild.contains("rebuilding the runtime library"), rebuild)
        // glia serve built the runtime as it started, so it knows what from: the first rebuild
        // already runs SwiftPM's planned compile and link.
        XCTAssertTrue(rebuild.contains("rebuilt (compiled Figures, linked, as SwiftPM planned)"), rebuild)
        XCTAssertTrue(rebuild.contains("run      chapters/01-line.md (the library code it uses changed: "
                                       + lineChart + ")"), rebuild)
        XCTAssertFalse(rebuild.contains("run      chapters/02-bars.md"), rebuild)
        XCTAssertTrue(rebuild.contains("changed  Figure 1.1 (square) changed:"), rebuild)
        XCTAssertFalse(rebuild.contains("(bars)"), "the bar chart was not drawn again: \(rebuild)")
        let changes = try client.get("/changes.html")
        XCTAssertEqual(changes.status, 200)
        XCTAssertTrue(changes.body.contains("square"), changes.body)

        // A compile error in the library shows in the open page, and fixing it clears it.
        try runner.write(lineChart, coloured + "\nlet broken: Int = \"x\"\n")
        let message = client.nextMessage(live)
        XCTAssertTrue(message.contains(#""type":"errors""#), message)
        XCTAssertTrue(message.contains(lineChart + ":"), message)
        XCTAssertTrue(message.contains("error: cannot convert value of type"), message)
        XCTAssertFalse(message.contains(runner.root.path), "paths relative to the package: \(message)")
        XCTAssertEqual(try client.get("/01-line.html").status, 200, "the last good page stays readable")
        var step = server.stdout.peek().count
        try runner.write(lineChart, coloured)
        XCTAssertEqual(client.nextMessage(live), #"{"type":"reload"}"#, server.stdout.peek())
        // After a planned rebuild failed (the error above), the next is SwiftPM's; the one after
        // that is planned again.
        let fixed = printed(by: server, since: step, through: "files changed in")
        XCTAssertTrue(fixed.contains("rebuilt (swift build -c release"), fixed)
        step = server.stdout.peek().count
        try runner.write(lineChart, coloured + "\n// A comment.\n")
        XCTAssertTrue(client.nextMessage(live).contains(#""type":"reload""#), server.stdout.peek())
        let commented = printed(by: server, since: step, through: "files changed in")
        XCTAssertTrue(commented.contains("rebuilt (compiled Figures, linked, as SwiftPM planned)"), commented)

        // A new public function changes Figures' interface: the modules importing it compile too.
        // Saved with the last save's time, as two saves within one second can look to the
        // incremental compiler, which keeps times to the second: its object must be made again.
        step = server.stdout.peek().count
        try saveKeepingTime(lineChart, coloured + "\npublic func maintainerProbe() -> Int { 1 }\n")
        XCTAssertTrue(client.nextMessage(live).contains(#""type":"reload""#), server.stdout.peek())
        let widened = printed(by: server, since: step, through: "files changed in")
        XCTAssertTrue(widened.contains("rebuilt (compiled Figures, "), widened)
        for user in ["CairoFigures", "NeuralPlots", "NotebookRuntime"] {
            XCTAssertTrue(widened.contains(user), "\(user) imports Figures: \(widened)")
        }
        XCTAssertTrue(widened.contains("run      chapters/01-line.md"), widened)
        // Its program, which must be compiled against the new interface, compiled meanwhile.
        XCTAssertTrue(widened.contains("compile started ahead, while the runtime library was rebuilt"), widened)
        XCTAssertFalse(widened.contains("run      chapters/02-bars.md"), widened)

        // A file added to a module: only SwiftPM plans its compile.
        step = server.stdout.peek().count
        try runner.write("Sources/Figures/Plots/MaintainerProbe.swift", "func maintainerProbeTwo() -> Int { 2 }\n")
        XCTAssertTrue(client.nextMessage(live).contains(#""type":"reload""#), server.stdout.peek())
        let added = printed(by: server, since: step, through: "files changed in")
        XCTAssertTrue(added.contains("rebuilt (swift build -c release"), added)
    }
}
