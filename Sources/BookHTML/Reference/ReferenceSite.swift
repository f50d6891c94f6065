import BookCore
import Foundation

/// The API reference ready to frame: its pages' bodies, what search finds on them, and the
/// names chapter code links. It depends on the runtime's symbol graphs only, not on the book,
/// so it is made once per runtime build (and glia build) and kept beside the graphs: reading
/// it back costs a few milliseconds, decoding the graphs about seventy.
public struct ReferenceSite: Codable, Sendable {
    var pages: [ReferencePages.Page]
    var links: [String: String]
    public var documented: Int
    public var undocumented: Int

    /// The reference for the graphs in `files`, from `cache` when it was made from them.
    public static func load(symbolGraphs files: [String], cache: String) throws -> ReferenceSite {
        if let saved = decoded.value(at: cache) { return saved }
        let reference = try APIReference.load(symbolGraphs: files)
        let pages = ReferencePages(reference)
        let (documented, undocumented) = reference.counts
        let site = ReferenceSite(pages: pages.pages(), links: pages.links,
                                 documented: documented, undocumented: undocumented)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Pages an earlier glia rendered from the same graphs are of no further use.
        let folder = (cache as NSString).deletingLastPathComponent
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("reference-pages") && name != (cache as NSString).lastPathComponent {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
        try? encoder.encode(site).write(to: URL(fileURLWithPath: cache), options: .atomic)
        return site
    }

    /// Decoded once per process (glia serve builds on every save); its path changes with the
    /// symbol graphs, so only the last is kept.
    private static let decoded = DecodedFiles(keepsOne: true) {
        try? JSONDecoder().decode(ReferenceSite.self, from: $0)
    }
}
