import BookCore
import Foundation

/// A book's own Swift code (`code: support/` in book.yml), compiled once per change into the
/// module `BookCode`, which every chapter imports. Its files see the runtime as chapters do
/// (NotebookRuntime is imported for them), and chapters see its internal declarations too
/// (`@testable import`), so shared helpers need no `public`.
///
/// A chapter's cache key holds the digests of the book's files it reaches by name (see
/// `LibraryIndex`), so editing one file re-runs only the chapters that use what it declares.
public struct BookCode: Sendable {
    public static let moduleName = "BookCode"

    /// Holds `libBookCode.so` and `BookCode.swiftmodule`.
    public let moduleDirectory: String
    /// The files by the names they declare, keyed by their text (glia builds them itself, so
    /// the text is what runs).
    let index: LibraryIndex

    /// What `prepare` did.
    public enum Outcome: Sendable {
        case compiled(BookCode, seconds: Double)
        case reused(BookCode)
        /// The errors were reported.
        case failed
    }

    /// Compiles `folder`'s files against `toolchain`'s runtime into the cache, unless the
    /// module there was built from the same files, compiler and runtime.
    public static func prepare(_ folder: BookCodeFolder, bookRoot: String, toolchain: Toolchain,
                               cacheDirectory: String, reportingTo diagnostics: DiagnosticEngine) -> Outcome {
        let root = AbsolutePath(bookRoot)
        var files: [LibraryIndex.File] = []
        for path in folder.files {
            guard let data = FileManager.default.contents(atPath: root.appending(path).string) else {
                diagnostics.emit(.error("cannot read \(path)", at: folder.location))
                return .failed
            }
            var hasher = SHA256()
            hasher.update(data)
            files.append(LibraryIndex.File(path: path, digest: hasher.finalize(),
                                           names: SwiftNames(source: String(decoding: data, as: UTF8.self))))
        }
        let key = SHA256.hex(([toolchain.compilerVersion, toolchain.runtimeFingerprint]
                              + files.map { "\($0.path)\u{0}\($0.digest)" }).joined(separator: "\n"))
        let directory = AbsolutePath(cacheDirectory).appending("code")
        let code = BookCode(moduleDirectory: directory.string, index: LibraryIndex(files: files))
        let stampPath = directory.appending("key").string
        if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == key,
           FileManager.default.fileExists(atPath: directory.appending("lib\(moduleName).so").string) {
            return .reused(code)
        }
        let start = Date()
        try? FileManager.default.removeItem(atPath: directory.string)
        do {
            try FileManager.default.createDirectory(atPath: directory.string, withIntermediateDirectories: true)
            let compiler = ChildProcess(executable: toolchain.swiftc,
                                        arguments: toolchain.moduleArguments(
                                            sources: folder.files.map { root.appending($0).string },
                                            into: directory.string),
                                        workingDirectory: bookRoot)
            let (status, printed) = try compiler.runCollectingOutput(timeout: 600)
            var found = CompilerOutput(printed).diagnostics.filter { $0.severity != .note }
            for index in found.indices {
                if let file = found[index].location?.file, let relative = root.relativePath(of: AbsolutePath(file)) {
                    found[index].location?.file = relative
                }
            }
            guard status == .exited(0), !found.contains(where: \.isError) else {
                diagnostics.emit(found.contains(where: \.isError) ? found : found + [.error(
                    "the book's code in \(folder.folder)/ did not compile (\(status))", at: folder.location,
                    details: printed.split(separator: "\n").suffix(15).map(String.init))])
                return .failed
            }
            diagnostics.emit(found)
            try key.write(toFile: stampPath, atomically: true, encoding: .utf8)
        } catch {
            diagnostics.emit(.error("cannot compile the book's code in \(folder.folder)/: \(error)",
                                    at: folder.location))
            return .failed
        }
        return .compiled(code, seconds: Date().timeIntervalSince(start))
    }
}
