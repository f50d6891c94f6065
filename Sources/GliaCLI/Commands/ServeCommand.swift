import ArgumentParser
import BookCore
import BookHTML
import BookExecution
import FlyingFox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `glia serve`: build, serve the site on localhost, and keep open pages up to date while the
/// author writes (and, in glia's own package, while the maintainer edits the runtime library).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the book, serve it on localhost, and rebuild and reload pages on every save.",
        discussion: """
        Serves the output folder at http://127.0.0.1:3000/ (or the next free port). On every save \
        of a chapter, book.yml, a data file or anything else in the book's folder, glia rebuilds \
        what is stale and the open pages reload, keeping their scroll position. A failed build is \
        shown over the last good page until it is fixed. When the book is in glia's own package, \
        edits to the libraries chapter code uses rebuild the runtime too. Ctrl-C stops.
        """)

    @OptionGroup var book: BookOptions

    @Option(name: [.short, .long], help: "Folder to write the site into.")
    var output: String = "output"

    @Option(help: "Port to serve on (default: 3000, or the next free one; 0: any free port).")
    var port: Int?

    @Option(help: "Address to listen on. Anything but 127.0.0.1 lets other machines read the book.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the front page in the default browser.")
    var open = false

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be 0-65535") }
    }

    func run() throws {
        InterruptHandler.install()
        let layout = book.layout(output: output)
        let reporter = ProgressReporter(quiet: false, explain: true)
        if host != "127.0.0.1" && host != "localhost" {
            reporter.say("glia: warning: listening on \(host), so other machines can read this book")
        }
        let hub = LiveReloadHub()
        var pipeline = BuildPipeline(layout: layout, force: false, jobs: nil, reporter: reporter)
        pipeline.memory = BuildMemory(updatesOutputInPlace: true)  // a save re-does only what it changed
        let session = PreviewSession(layout: layout, pipeline: pipeline, hub: hub, reporter: reporter)
        session.build(reason: nil)

        let (server, boundPort) = try startServer(layout: layout, hub: hub)
        let url = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(boundPort)/"
        reporter.say("glia: serving \(layout.output) at \(url) (Ctrl-C stops)")
        if open { _ = try? ExternalCommand.run("/usr/bin/xdg-open", [url], in: layout.root.string, timeout: 10,
                                                       temporaryFolder: .system) }
        withExtendedLifetime(server) { session.watch() }
    }

    /// Starts the server on its own tasks; returns once it listens.
    private func startServer(layout: BookLayout, hub: LiveReloadHub) throws -> (server: HTTPServer, port: UInt16) {
        let script = try LiveScript.load()
        let preview = PreviewServer(siteFolder: layout.output, hub: hub, liveScript: script)
        let chosen = try port.map { UInt16($0) } ?? Self.freePort(host: host, from: 3000)
        let server = try preview.makeServer(host: host, port: chosen)
        let ready = DispatchSemaphore(value: 0)
        let failure = LockedValue<Error?>(nil)
        Task {
            await preview.install(on: server)
            do {
                try await server.run()
            } catch {
                failure.set(error)
                ready.signal()
            }
        }
        Task {
            try? await server.waitUntilListening(timeout: 10)
            ready.signal()
        }
        ready.wait()
        if let error = failure.get() {
            throw ValidationError("cannot listen on \(host):\(chosen): \(error)")
        }
        let bound = (try? Self.blockingPort(of: server)) ?? chosen
        return (server, bound)
    }

    private static func blockingPort(of server: HTTPServer) throws -> UInt16 {
        let result = LockedValue<UInt16?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            if case .ip4(_, let port)? = await server.listeningAddress { result.set(port) }
            done.signal()
        }
        done.wait()
        guard let port = result.get() else { throw ValidationError("the server has no address") }
        return port
    }

    /// The first port from `start` that nothing listens on.
    static func freePort(host: String, from start: UInt16) throws -> UInt16 {
        for candidate in start..<(start + 100) where canBind(host: host, port: candidate) {
            return candidate
        }
        throw ValidationError("no free port between \(start) and \(start + 99): choose one with --port")
    }

    private static func canBind(host: String, port: UInt16) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
