import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP and WebSocket client on plain sockets, for tests of `glia serve`.
struct ServerClient {
    let port: UInt16

    /// Waits for `server` to print its address; returns the port, after checking it binds
    /// 127.0.0.1.
    static func waitUntilServing(_ server: GliaRunner.Running, seconds: Double) throws -> UInt16 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !server.stdout.peek().contains("glia: serving") { usleep(50_000) }
        let line = try XCTUnwrap(server.stdout.peek().split(separator: "\n").first { $0.contains("glia: serving") },
                                 server.stdout.peek() + server.stderr.peek())
        XCTAssertTrue(line.contains("http://127.0.0.1:"), "binds 127.0.0.1 by default: \(line)")
        return try XCTUnwrap(line.split(separator: ":").last.flatMap { UInt16($0.filter(\.isNumber)) })
    }

    func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw XCTSkip("cannot connect to the server") }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return socket
    }

    func send(_ socket: Int32, _ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
    }

    func receive(_ socket: Int32, count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: count)
        while bytes.count < count {
            let got = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, count - bytes.count, 0) }
            if got <= 0 { break }
            bytes += chunk[..<got]
        }
        return bytes
    }

    /// GET `path` (sent as is): status, Content-Type and body.
    func get(_ path: String) throws -> (status: Int, type: String, body: String) {
        let socket = try connect()
        defer { close(socket) }
        send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var data: [UInt8] = []
        while true {
            let more = receive(socket, count: 65536)
            if more.isEmpty { break }
            data += more
        }
        let text = String(decoding: data, as: UTF8.self)
        let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        let type = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-type:") }
            .map { String($0.dropFirst("content-type:".count)).trimmingCharacters(in: .whitespaces) } ?? ""
        return (status, type, String(text.dropFirst(head.count + 4)))
    }

    /// Opens the live-reload socket; returns it after the handshake.
    func openLiveSocket() throws -> Int32 {
        let socket = try connect()
        send(socket, "GET /__glia/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
             + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             + "Sec-WebSocket-Version: 13\r\n\r\n")
        var head: [UInt8] = []
        while !String(decoding: head, as: UTF8.self).hasSuffix("\r\n\r\n") {
            let byte = receive(socket, count: 1)
            guard !byte.isEmpty else { break }
            head += byte
        }
        XCTAssertTrue(String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101"))
        return socket
    }

    /// The next text message on the live socket.
    func nextMessage(_ socket: Int32) -> String {
        let header = receive(socket, count: 2)
        guard header.count == 2 else { return "" }
        var length = Int(header[1] & 0x7F)
        if length == 126 { length = receive(socket, count: 2).reduce(0) { $0 << 8 | Int($1) } }
        if length == 127 { length = receive(socket, count: 8).reduce(0) { $0 << 8 | Int($1) } }
        return String(decoding: receive(socket, count: length), as: UTF8.self)
    }
}
