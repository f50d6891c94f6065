import BookCore
import Foundation

/// What a long-lived process (glia serve, glia watch) keeps from one build's execution for the
/// next: each chapter's cache key, made again only when the chapter, the values it imports or
/// what the key takes from the toolchain changed. Making the keys of a whole book (generating
/// each program and following its names through the library) was a tenth of a second's share
/// of every save; a save changes one chapter.
public final class ExecutionMemory: @unchecked Sendable {
    public init() {}

    private let lock = NSLock()
    private var keyedBy: KeyedToolchain?
    let keys = Memo<KeyInputs, CacheKey>()

    /// Starts a build with `toolchain`: the keys made with another toolchain are forgotten.
    /// The toolchain is compared once here rather than with every chapter's inputs.
    func use(_ toolchain: Toolchain) {
        let now = KeyedToolchain(toolchain)
        lock.lock()
        defer { lock.unlock() }
        if keyedBy != now { keys.forgetAll() }
        keyedBy = now
    }
}

/// What a chapter's key is made from besides the toolchain.
struct KeyInputs: Equatable {
    var chapter: Chapter
    var importedValues: [String: String]
}

/// Everything a cache key takes from the toolchain (see `CacheKey.init`).
private struct KeyedToolchain: Equatable {
    var compilerVersion: String
    var runtimeFingerprint: String
    var library: [LibraryIndex.File]?
    var bookCode: [LibraryIndex.File]?

    init(_ toolchain: Toolchain) {
        compilerVersion = toolchain.compilerVersion
        runtimeFingerprint = toolchain.runtimeFingerprint
        library = toolchain.library?.files
        bookCode = toolchain.bookCode?.index.files
    }
}
