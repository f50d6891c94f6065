import BookCore
import Foundation

/// Everything that can change what running a chapter produces, as named digests. Two keys are
/// equal when the chapter would produce the same results; comparing them part by part says why
/// a chapter must run again.
struct CacheKey: Codable, Equatable {
    /// Bump when the cache entry format or the program generator changes.
    static let formatVersion = "glia-cache-8"

    var parts: [String: String]
    /// Parts named by these prefixes and a path hold the digest of one library file, or of
    /// one file of the book's own code.
    static let libraryPrefix = "library ", bookCodePrefix = "code "
    /// Parts named by this prefix and a value's name hold the digest of an imported value.
    static let valuePrefix = "value "
    /// Markdown line of each cell's opening fence, by part name ("cell 2"), so a reason can
    /// point at the cell. Not part of the key's identity: see `==`.
    var fenceLines: [String: Int]?
    /// Digest of each cell's whole source, options included. Presentation options (`fig-cap`,
    /// `fig-alt`, `fig-column`, `echo`, `output`, `label`, `timeout`, `code-fold`) change what the page shows, not what the
    /// chapter computes, so they are not part of the identity either; this only lets the cache
    /// say that they changed.
    var presentation: [String: String]?

    /// Keys are equal when their parts are: moving a cell down the file changes no result.
    static func == (a: CacheKey, b: CacheKey) -> Bool { a.parts == b.parts }

    /// - Parameter importedValues: the values the chapter imports, JSON text by name.
    init(chapter: Chapter, toolchain: Toolchain, importedValues: [String: String] = [:]) {
        var parts = [
            "format": Self.formatVersion,
            "compiler": SHA256.hex(toolchain.compilerVersion),
        ]
        // The book's files and the library's files this chapter's program reaches by name,
        // each by its own digest; the book's code may reach further into the library.
        let program = ProgramGenerator(chapter: chapter, skippedCells: [],
                                       importsBookCode: toolchain.bookCode != nil).source()
        var names = SwiftNames.mentions(roughlyIn: program)
        for file in toolchain.bookCode?.index.reachableFiles(from: names) ?? [] {
            parts[Self.bookCodePrefix + file.path] = file.digest
            names.formUnion(file.names?.mentioned ?? [])
        }
        if let library = toolchain.library {
            for file in library.reachableFiles(from: names) {
                parts[Self.libraryPrefix + file.path] = file.digest
            }
        } else {
            parts["runtime"] = toolchain.runtimeFingerprint
        }
        parts.merge(Self.codeParts(of: chapter)) { _, code in code }
        var fenceLines: [String: Int] = [:]
        var presentation: [String: String] = [:]
        for cell in chapter.cells {
            fenceLines["cell \(cell.index + 1)"] = cell.fence.line
            presentation["cell \(cell.index + 1)"] = SHA256.hex(cell.source)
        }
        self.presentation = presentation
        for (name, json) in importedValues { parts[Self.valuePrefix + name] = SHA256.hex(json) }
        self.parts = parts
        self.fenceLines = fenceLines
    }

    /// The parts that the chapter's own code makes: its cells and inline values. Line numbers
    /// are left out on purpose: a prose edit above a cell moves it without changing what it
    /// computes.
    static func codeParts(of chapter: Chapter) -> [String: String] {
        var parts = ["cell count": String(chapter.cells.count)]
        for cell in chapter.cells {
            // The code and the options that change what runs; the option lines themselves are
            // comments in the generated program.
            parts["cell \(cell.index + 1)"] = SHA256.hex(
                cell.code + "\u{0}\(cell.column)\u{0}\(cell.options.eval)\u{0}\(cell.options.error)")
        }
        let inline = chapter.inlineExpressions.map { "\($0.afterCell ?? -1):\($0.code)" }
        parts["inline values"] = SHA256.hex(inline.joined(separator: "\u{0}"))
        return parts
    }

    /// Whether the chapter's own code differs from what made this key (see `codeParts`).
    func codeDiffers(from chapter: Chapter) -> Bool {
        Self.codeParts(of: chapter).contains { name, digest in parts[name] != digest }
    }

    /// The files (paths, the first three) under `prefix` whose digests differ, or that one key
    /// reaches and the other does not; empty when none.
    private func changedFiles(_ prefix: String, comparedWith current: CacheKey) -> String {
        let files = Set(parts.keys).union(current.parts.keys)
            .filter { $0.hasPrefix(prefix) && parts[$0] != current.parts[$0] }.sorted()
            .map { String($0.dropFirst(prefix.count)) }
        return files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
    }

    /// The cells whose presentation options differ between `self` (stored) and `current`.
    func presentationChanges(comparedWith current: CacheKey) -> [String] {
        guard let stored = presentation, let now = current.presentation else { return [] }
        return now.keys.filter { stored[$0] != now[$0] }
            .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            .map { name in current.fenceLines?[name].map { "\(name) (line \($0))" } ?? name }
    }

    /// Why `self` (the stored key) no longer matches `current`, in words.
    func reasons(comparedWith current: CacheKey) -> [String] {
        var reasons: [String] = []
        if parts["format"] != current.parts["format"] { return ["glia's cache format changed"] }
        if parts["compiler"] != current.parts["compiler"] { reasons.append("the Swift compiler changed") }
        if parts["runtime"] != current.parts["runtime"] {
            reasons.append("the library code chapters use (NotebookRuntime) changed")
        } else if case let files = changedFiles(Self.libraryPrefix, comparedWith: current), !files.isEmpty {
            reasons.append("the library code it uses changed: " + files)
        }
        if case let files = changedFiles(Self.bookCodePrefix, comparedWith: current), !files.isEmpty {
            reasons.append("the book's code it uses changed: " + files)
        }
        if case let names = changedFiles(Self.valuePrefix, comparedWith: current), !names.isEmpty {
            reasons.append("the values it imports changed: " + names)
        }
        if parts["cell count"] != current.parts["cell count"] {
            reasons.append("cells were added or removed (\(parts["cell count"] ?? "?") → "
                           + "\(current.parts["cell count"] ?? "?"))")
        } else {
            let changed = current.parts.keys.filter { $0.hasPrefix("cell ") && $0 != "cell count"
                && parts[$0] != current.parts[$0] }
                .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            let named = changed.map { name in
                current.fenceLines?[name].map { "\(name) (line \($0))" } ?? name
            }
            if !named.isEmpty { reasons.append(named.joined(separator: ", ") + " changed") }
        }
        if parts["inline values"] != current.parts["inline values"] {
            reasons.append("inline values changed")
        }
        return reasons
    }
}
