import FlyingFox
import Foundation

/// What the open pages are told after each build: reload, or show these errors. A page that
/// connects later is told the latest state at once (so an error overlay survives a reload).
actor LiveReloadHub {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var latest = LiveReloadHub.message(["type": "ok"])

    /// A new page's stream of messages; it ends when the page goes away.
    func connect(_ incoming: AsyncStream<WSMessage>) -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        clients[id] = continuation
        continuation.yield(latest)
        Task {
            for await _ in incoming {}
            self.disconnect(id)
        }
        return stream
    }

    private func disconnect(_ id: UUID) {
        clients[id]?.finish()
        clients[id] = nil
    }

    /// The build succeeded: pages reload (keeping their scroll position); when it changed
    /// figures or numbers, they offer a link to the changes page.
    func reload(changed: Int = 0) {
        latest = Self.message(["type": "ok"])
        broadcast(Self.message(changed > 0 ? ["type": "reload", "changed": changed] : ["type": "reload"]))
    }

    /// The build failed: pages show these diagnostics over the last good content.
    func showErrors(_ lines: [String]) {
        latest = Self.message(["type": "errors", "diagnostics": lines])
        broadcast(latest)
    }

    var connectedPages: Int { clients.count }

    private func broadcast(_ message: WSMessage) {
        for continuation in clients.values { continuation.yield(message) }
    }

    private static func message(_ fields: [String: Any]) -> WSMessage {
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return .text(String(decoding: data, as: UTF8.self))
    }
}

/// The WebSocket endpoint pages connect to.
struct LiveReloadSocket: WSMessageHandler {
    let hub: LiveReloadHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await hub.connect(client)
    }
}
