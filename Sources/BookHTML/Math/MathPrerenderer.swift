import BookCore
import Foundation

/// Renders a book's formulas with KaTeX at build time, in one Node.js process for the whole
/// book, so pages show math at once and do not load KaTeX's 263 KiB script. Node.js is
/// optional: without it (or if it fails) pages render math in the browser as before.
struct MathPrerenderer {
    /// KaTeX's module (Debian's `libjs-katex` ships `katex.js`, which Node can require).
    let katexModule: String

    /// What came back: KaTeX's HTML per formula, and the formulas KaTeX rejected with its
    /// message.
    struct Output {
        var rendered: [MathFormula.Key: String] = [:]
        var rejected: [MathFormula.Key: String] = [:]
    }

    /// Renders `formulas`, taking those rendered by an earlier build from `cache` (a JSON
    /// file, rewritten with this build's formulas, so it never grows past one book's). Nil
    /// when Node.js or KaTeX is missing or Node fails: the caller then leaves the formulas
    /// to the browser.
    func render(_ formulas: [MathFormula], cache: String?) -> Output? {
        var seen = Set<MathFormula.Key>()
        let keys = formulas.map(\.key).filter { seen.insert($0).inserted }
        let stored = cache.map(readCache) ?? [:]
        let missing = keys.filter { stored[Self.cacheKey($0)] == nil }
        guard var output = missing.isEmpty ? Output() : renderWithNode(missing) else { return nil }
        for key in keys where output.rendered[key] == nil && output.rejected[key] == nil {
            output.rendered[key] = stored[Self.cacheKey(key)]
        }
        if let cache {
            let entries = Dictionary(uniqueKeysWithValues: output.rendered.map { (Self.cacheKey($0.key), $0.value) })
            // Rewritten only when this build's formulas differ from the stored ones.
            if entries != stored { writeCache(entries, to: cache) }
        }
        return output
    }

    /// `d:` or `i:` (display or inline) and the TeX.
    private static func cacheKey(_ key: MathFormula.Key) -> String {
        (key.display ? "d:" : "i:") + key.tex
    }

    /// What tells one KaTeX, or one way of calling it, from another: a cache made with
    /// another is ignored.
    var katexStamp: String {
        FileStamp.text(of: katexModule) + "-" + Self.scriptStamp
    }

    private static let scriptStamp = String(SHA256.hex(String(decoding: PackageResources.prerender_math_js,
                                                              as: UTF8.self)).prefix(16))

    private func readCache(_ path: String) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["katex"] as? String == katexStamp,
              let formulas = object["formulas"] as? [String: String] else { return [:] }
        return formulas
    }

    private func writeCache(_ formulas: [String: String], to path: String) {
        let object: [String: Any] = ["katex": katexStamp, "formulas": formulas]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private func renderWithNode(_ keys: [MathFormula.Key]) -> Output? {
        guard FileManager.default.isReadableFile(atPath: katexModule),
              let node = Self.findNode() else { return nil }
        let input = keys.map { ["tex": $0.tex, "display": $0.display] as [String: Any] }
        guard let payload = try? JSONSerialization.data(withJSONObject: input) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", String(decoding: PackageResources.prerender_math_js, as: UTF8.self)]
        process.environment = ["GLIA_KATEX": katexModule, "PATH": "/usr/bin:/bin"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Node reads all of its input before it writes, so writing first cannot deadlock.
        stdin.fileHandleForWriting.write(payload)
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let results = (try? JSONSerialization.jsonObject(with: data)) as? [[String: String]],
              results.count == keys.count else { return nil }
        var output = Output()
        for (key, result) in zip(keys, results) {
            if let html = result["html"] {
                output.rendered[key] = html
            } else {
                output.rejected[key] = result["error"] ?? "unknown error"
            }
        }
        return output
    }

    /// `node` (or Debian's older name `nodejs`) on the PATH.
    static func findNode() -> String? { ExecutableSearch.find("node", "nodejs") }
}

extension SiteRenderer {
    /// The book's formulas rendered at build time, or nil to leave them to the browser (no
    /// Node.js, or turned off). A formula KaTeX rejects is an error where it is written.
    func prerenderMath(_ formulas: [MathFormula], katex: KaTeX,
                       diagnostics: inout [Diagnostic]) -> MathPrerenderer.Output? {
        guard options.prerenderMath, !formulas.isEmpty else { return nil }
        let prerenderer = MathPrerenderer(katexModule: katex.directory + "/katex.js")
        // The same formulas and KaTeX make the same HTML: glia serve asks again only when a
        // save changed some formula (reading the cache took a few milliseconds of every save).
        guard let output = memoized(\.math, "math", MathInputs(formulas: formulas.map(\.key),
                                                                katex: prerenderer.katexStamp),
                                    isCurrent: { $0 != nil }, {
            prerenderer.render(formulas, cache: options.mathCache)
        }) else { return nil }
        var reported = Set<MathFormula.Key>()
        for formula in formulas {
            guard let message = output.rejected[formula.key], reported.insert(formula.key).inserted
            else { continue }
            diagnostics.append(.error("KaTeX cannot render this formula: \(message)",
                                      at: formula.location))
        }
        return output
    }
}
