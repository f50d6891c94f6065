import BookCore
import Foundation

/// Everything that can change what running a chapter produces, as named digests. Two keys are
/// equal when the chapter would produce the same results; comparing them part by part says why
/// a chapter must run again.
struct CacheKey: Codable, Equatable {
    /// Bump when the cache entry format or the program generator changes.
    static let formatVersion = "glia-cache-3"

    var parts: [String: String]

    init(chapter: Chapter, toolchain: Toolchain) {
        var parts = [
            "format": Self.formatVersion,
            "compiler": SHA256.hex(toolchain.compilerVersion),
            "runtime": toolchain.runtimeFingerprint,
            "cell count": String(chapter.cells.count),
        ]
        // Line numbers are left out on purpose: a prose edit above a cell moves it without
        // changing what it computes.
        for cell in chapter.cells {
            parts["cell \(cell.index + 1)"] = SHA256.hex(cell.source + "\u{0}\(cell.column)")
        }
        let inline = chapter.inlineExpressions.map { "\($0.afterCell ?? -1):\($0.code)" }
        parts["inline values"] = SHA256.hex(inline.joined(separator: "\u{0}"))
        self.parts = parts
    }

    /// Why `self` (the stored key) no longer matches `current`, in words.
    func reasons(comparedWith current: CacheKey) -> [String] {
        var reasons: [String] = []
        if parts["format"] != current.parts["format"] { return ["glia's cache format changed"] }
        if parts["compiler"] != current.parts["compiler"] { reasons.append("the Swift compiler changed") }
        if parts["runtime"] != current.parts["runtime"] {
            reasons.append("the library code chapters use (NotebookRuntime) changed")
        }
        if parts["cell count"] != current.parts["cell count"] {
            reasons.append("cells were added or removed (\(parts["cell count"] ?? "?") → "
                           + "\(current.parts["cell count"] ?? "?"))")
        } else {
            let changed = current.parts.keys.filter { $0.hasPrefix("cell ") && $0 != "cell count"
                && parts[$0] != current.parts[$0] }
                .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            if !changed.isEmpty { reasons.append(changed.joined(separator: ", ") + " changed") }
        }
        if parts["inline values"] != current.parts["inline values"] {
            reasons.append("inline values changed")
        }
        return reasons
    }
}
