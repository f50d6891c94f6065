import Figures
import Foundation
import GliaProtocol

/// The figure files of the chapter's previous run, kept by what they were drawn from, so a
/// run that draws a figure exactly as before (the usual case after an edit to another cell)
/// links its files instead of drawing and encoding them again: encoding PNGs at two scales, for
/// light and dark pages, is most of what a chapter's run spends on figures.
///
/// A file's name in the store is the figure's digest followed by the file's variant
/// (`-dark@2x.png`). The digest covers the whole figure model (every number and string in it;
/// the dark and phone layouts are derived from it) and glia's stamp, a digest of the library
/// code that renders figures, so after an edit to that code every figure is drawn again. It is
/// made with Swift's `Hasher`, which glia makes deterministic for chapter programs
/// (`SWIFT_DETERMINISTIC_HASHING`); without that, or outside glia, nothing is stored.
/// At the end of a run the files no figure used are removed: the store holds one run.
///
/// The files are shared (hard links) with the cache and the site, so one changed in place
/// there (an editor saving into `output/`) would change here too: the store records each
/// file's size and time, and a file that no longer has them is drawn again, not reused.
final class FigureStore: @unchecked Sendable {
    /// The store glia set up for this run, if any.
    static let shared: FigureStore? = {
        let environment = ProcessInfo.processInfo.environment
        guard let folder = environment[RuntimeChannel.figureStoreVariable],
              let stamp = environment[RuntimeChannel.figureStampVariable],
              environment["SWIFT_DETERMINISTIC_HASHING"] != nil,
              (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else { return nil }
        return FigureStore(folder: folder, stamp: stamp)
    }()

    let folder: String
    let stamp: String
    private let lock = NSLock()
    private var used: Set<String> = []
    /// Each stored file's size and time when the last run ended ("size|time"), by name.
    private let recorded: [String: String]

    init(folder: String, stamp: String) {
        self.folder = folder
        self.stamp = stamp
        let manifest = (try? String(contentsOfFile: (folder as NSString).appendingPathComponent(Self.manifest),
                                    encoding: .utf8)) ?? ""
        var recorded: [String: String] = [:]
        for line in manifest.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 1)
            if fields.count == 2 { recorded[String(fields[1])] = String(fields[0]) }
        }
        self.recorded = recorded
    }

    /// The list of stored files with their sizes and times: "size|time name" per line.
    static let manifest = "stored-files"

    /// 128 bits: two hashes of the figure, each salted differently.
    func digest(of figure: Figure) -> String {
        (0..<2).map { salt -> String in
            var hasher = Hasher()
            hasher.combine(salt)
            hasher.combine(stamp)
            hasher.combine(figure)
            let hex = String(UInt64(bitPattern: Int64(hasher.finalize())), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Links the stored file `name` to `path`; false when the store does not have it, or has
    /// it changed since it was stored.
    func reuse(_ name: String, at path: String) -> Bool {
        lock.lock()
        used.insert(name)
        lock.unlock()
        guard let recorded = recorded[name], Self.sizeAndTime(stored(name)) == recorded else { return false }
        return link(stored(name), path) == 0
    }

    /// Keeps the file just written at `path` as `name`, for the next run.
    func keep(_ path: String, as name: String) {
        _ = link(path, stored(name))
    }

    /// Removes the stored files this run did not use, and records the others' sizes and times.
    func removeUnused() {
        lock.lock()
        defer { lock.unlock() }
        var manifest = ""
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            where name != Self.manifest {
            if used.contains(name), let stamp = Self.sizeAndTime(stored(name)) {
                manifest += "\(stamp) \(name)\n"
            } else {
                unlink(stored(name))
            }
        }
        try? manifest.write(toFile: stored(Self.manifest), atomically: true, encoding: .utf8)
    }

    private static func sizeAndTime(_ path: String) -> String? {
        FileStamp(of: path)?.description
    }

    private func stored(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
