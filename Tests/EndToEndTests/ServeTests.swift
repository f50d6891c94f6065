import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `glia serve` as an author uses it: a real server on a free port, real edits to a fixture
/// book, pages fetched over HTTP and live-reload messages read from the WebSocket.
final class ServeTests: XCTestCase {
    private var runner: GliaRunner!
    private var server: GliaRunner.Running!
    private var port: UInt16 = 0

    override func setUpWithError() throws {
        runner = try GliaRunner(fixture: "toy-book")
        server = try runner.start(["serve", "--port", "0"])
        port = try ServerClient.waitUntilServing(server, seconds: 60)
    }

    override func tearDown() {
        if let server, server.process.isRunning {
            kill(server.process.processIdentifier, SIGINT)
            _ = server.finish()
        }
        runner?.remove()
    }

    private var client: ServerClient { ServerClient(port: port) }
    private func get(_ path: String) throws -> (status: Int, type: String, body: String) { try client.get(path) }
    private func openLiveSocket() throws -> Int32 { try client.openLiveSocket() }
    private func nextMessage(_ socket: Int32) -> String { client.nextMessage(socket) }

    private func waitFor(_ text: String, seconds: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if server.stdout.peek().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    // MARK: - tests

    func testServesTheSiteWithTheLiveScriptOnlyOnServedPages() throws {
        let page = try get("/")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.type, "text/html; charset=utf-8")
        XCTAssertTrue(page.body.contains("<script src=\"/__glia/live.js\"></script>"))
        XCTAssertFalse(try runner.read("output/index.html").contains("__glia"),
                       "the built site on disk has no live script")
        XCTAssertEqual(try get("/__glia/live.js").type, "text/javascript; charset=utf-8")
        XCTAssertEqual(try get("/assets/glia.css").type, "text/css; charset=utf-8")
        XCTAssertEqual(try get("/assets/glia.js").type, "text/javascript; charset=utf-8")
        XCTAssertEqual(try get("/figures/02-draw/sigmoid.svg").type, "image/svg+xml")
        XCTAssertEqual(try get("/figures/02-draw/sigmoid.png").type, "image/png")
    }

    func testNothingOutsideTheSiteIsServed() throws {
        try FileManager.default.createSymbolicLink(atPath: runner.url("output/escape").path,
                                                   withDestinationPath: runner.url("chapters").path)
        for path in ["/../chapters/01-train.md", "/%2e%2e/chapters/01-train.md", "/..%2fchapters/01-train.md",
                     "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/a\\..\\..\\etc\\passwd", "//etc/passwd",
                     "/escape/01-train.md", "/assets/", "/no-such-page.html", "/.glia-site%00.html"] {
            let response = try get(path)
            XCTAssertEqual(response.status, 404, path)
            XCTAssertFalse(response.body.contains("title:"), path)
        }
        XCTAssertTrue(try get("/missing").body.contains("Not found"), "unknown paths get a 404 page")
    }

    func testAProseEditReloadsWithoutRunningAndACellEditRunsOnlyItsChapter() throws {
        let live = try openLiveSocket()
        defer { close(live) }
        XCTAssertEqual(nextMessage(live), #"{"type":"ok"}"#)

        let chapter = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", chapter + "\nA new closing sentence.\n")
        XCTAssertEqual(nextMessage(live), #"{"type":"reload"}"#)
        XCTAssertTrue(try get("/02-draw.html").body.contains("A new closing sentence."))
        XCTAssertTrue(waitFor("(0 ran, 2 reused)"), server.stdout.peek())

        let before = server.stdout.peek().count
        let train = try runner.read("chapters/01-train.md")
        try runner.write("chapters/01-train.md", train.replacingOccurrences(of: "```swift\n", with: "```swift\nprint(\"edited\")\n"))
        XCTAssertEqual(nextMessage(live), #"{"type":"reload"}"#)
        XCTAssertTrue(waitFor("(1 ran, 1 reused)"), server.stdout.peek())
        let after = String(server.stdout.peek().dropFirst(before))
        XCTAssertTrue(after.contains("run      chapters/01-train.md (cell 1"), after)
        XCTAssertFalse(after.contains("run      chapters/02-draw.md"), after)

        // A rebuild that changes a figure tells the pages, which then link to changes.html.
        let draw = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", draw.replacingOccurrences(of: "exp(-$0)", with: "exp(-2 * $0)"))
        XCTAssertEqual(nextMessage(live), #"{"changed":1,"type":"reload"}"#)
        XCTAssertEqual(try get("/changes.html").status, 200)
    }

    func testAFailedBuildIsShownOverTheLastGoodPageUntilFixed() throws {
        let live = try openLiveSocket()
        defer { close(live) }
        XCTAssertEqual(nextMessage(live), #"{"type":"ok"}"#)
        let good = try runner.read("chapters/02-draw.md")
        try runner.write("chapters/02-draw.md", good.replacingOccurrences(of: "```swift\n", with: "```swift\nlet broken: Int = \"x\"\n"))
        let message = nextMessage(live)
        XCTAssertTrue(message.contains(#""type":"errors""#), message)
        XCTAssertTrue(message.contains("chapters/02-draw.md:"), message)
        XCTAssertTrue(message.contains("error: cannot convert value of type"), message)
        XCTAssertEqual(try get("/02-draw.html").status, 200, "the last good page stays readable")
        let late = try openLiveSocket()
        defer { close(late) }
        XCTAssertTrue(nextMessage(late).contains("errors"), "a page opened now sees the errors too")
        try runner.write("chapters/02-draw.md", good)
        XCTAssertEqual(nextMessage(live), #"{"type":"reload"}"#)
    }

    func testCtrlCStopsEverything() throws {
        kill(server.process.processIdentifier, SIGINT)
        let run = server.finish()
        XCTAssertEqual(run.status, 128 + SIGINT)
        usleep(200_000)
        XCTAssertEqual(try runner.build().status, 0, "cache and output usable")
    }
}

/// glia serve watches from before its first build: a save while that build runs is built
/// next, not lost.
final class ServeStartTests: XCTestCase {
    func testASaveDuringTheFirstBuildIsBuiltNext() throws {
        let runner = try GliaRunner(fixture: "toy-book")
        defer { runner.remove() }
        let server = try runner.start(["serve", "--port", "0"])
        defer {
            kill(server.process.processIdentifier, SIGINT)
            _ = server.finish()
        }
        // The first build has read the chapters; it is compiling and running them now.
        let parsed = Date().addingTimeInterval(60)
        while !server.stdout.peek().contains("parse ") && Date() < parsed { usleep(2_000) }
        let sentence = "A sentence saved while the first build ran."
        try runner.write("chapters/02-draw.md", try runner.read("chapters/02-draw.md") + "\n\(sentence)\n")
        let client = ServerClient(port: try ServerClient.waitUntilServing(server, seconds: 120))
        let deadline = Date().addingTimeInterval(60)
        var page = ""
        while Date() < deadline {
            page = try client.get("/02-draw.html").body
            if page.contains(sentence) { break }
            usleep(50_000)
        }
        XCTAssertTrue(page.contains(sentence), server.stdout.peek())
    }
}
