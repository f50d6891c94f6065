import BookCore
import FlyingFox
import Foundation

/// The HTTP side of `glia serve`: the site's files (through `SitePathResolver` only), the
/// live-reload script, and its WebSocket. Pages get one script tag added on the way out; the
/// files on disk are exactly what `glia build` writes.
///
/// Built on FlyingFox: a small HTTP and WebSocket server on plain sockets with Swift
/// concurrency, no SwiftNIO, so it adds seconds, not minutes, to a fresh build.
struct PreviewServer {
    static let livePath = "/__glia/live"
    static let scriptPath = "/__glia/live.js"
    static let scriptTag = "<script src=\"\(scriptPath)\"></script>\n"

    let siteFolder: AbsolutePath
    let hub: LiveReloadHub
    let liveScript: Data

    func makeServer(host: String, port: UInt16) throws -> HTTPServer {
        let server = HTTPServer(address: try .inet(ip4: host, port: port), timeout: 60,
                                logger: .disabled)
        return server
    }

    func install(on server: HTTPServer) async {
        let socket = WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: LiveReloadSocket(hub: hub)))
        await server.appendRoute(HTTPRoute(Self.livePath), to: socket)
        let script = liveScript
        await server.appendRoute(HTTPRoute(Self.scriptPath)) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8",
                                                     .init("Cache-Control"): "no-store"], body: script)
        }
        let folder = siteFolder
        await server.appendRoute("*") { request in Self.respond(to: request, siteFolder: folder) }
    }

    /// The file a request names, with its content type; HTML pages get the live script.
    static func respond(to request: HTTPRequest, siteFolder: AbsolutePath) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        // Resolved per request: the first build may create the folder, or a link to it.
        let resolver = SitePathResolver(siteFolder: siteFolder)
        guard let file = resolver.file(for: request.path),
              var body = FileManager.default.contents(atPath: file.string) else {
            return notFound(request.path)
        }
        let type = SitePathResolver.contentType(of: file)
        if type.hasPrefix("text/html") { body = withLiveScript(body) }
        let headers: HTTPHeaders = [.contentType: type, HTTPHeader("Cache-Control"): "no-store"]
        return HTTPResponse(statusCode: .ok, headers: headers,
                            body: request.method == .HEAD ? Data() : body)
    }

    static func withLiveScript(_ page: Data) -> Data {
        let html = String(decoding: page, as: UTF8.self)
        guard let end = html.range(of: "</body>", options: .backwards) else {
            return Data((html + scriptTag).utf8)
        }
        return Data((html[..<end.lowerBound] + scriptTag + html[end.lowerBound...]).utf8)
    }

    private static func notFound(_ path: String) -> HTTPResponse {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><main><h1>Not found</h1><p>This book has no page at this address. \
            <a href="/index.html">Go to the front page</a>.</p></main></body></html>

            """
        return HTTPResponse(statusCode: .notFound,
                            headers: [.contentType: "text/html; charset=utf-8"],
                            body: withLiveScript(Data(page.utf8)))
    }
}
