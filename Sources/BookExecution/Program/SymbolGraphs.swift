import BookCore
import Foundation

/// The symbol graphs of the libraries chapter code uses, written by the compiler's
/// `swift-symbolgraph-extract` from the runtime's modules: what the API reference is made
/// from. Made once per version of the modules' interfaces and doc comments (they take about
/// half a second) and kept in the cache: a library edit inside a function body keeps them.
public enum SymbolGraphs {
    /// The libraries a reader of chapter code meets, in the order the reference lists them.
    public static let modules = ["NotebookRuntime", "Neural", "Figures", "NeuralPlots"]

    /// The graphs' files, one per module; nil, with a warning, when they cannot be made.
    public static func files(for toolchain: Toolchain, cacheDirectory: String,
                             reportingTo diagnostics: DiagnosticEngine) -> [String]? {
        let modulesDigest = SHA256.hex(toolchain.compilerVersion + "\u{0}" + toolchain.documentedInterfaceStamp())
        let folder = AbsolutePath(cacheDirectory).appending("reference/" + String(modulesDigest.prefix(16)))
        let files = modules.map { folder.appending("\($0).symbols.json").string }
        if files.allSatisfy(FileManager.default.fileExists(atPath:)) { return files }
        func warn(_ why: String) -> [String]? {
            diagnostics.emit(.warning("the API reference is left out: \(why)"))
            return nil
        }
        let tool = AbsolutePath(toolchain.swiftc).resolvingSymbolicLinks().parent.appending("swift-symbolgraph-extract")
        guard FileManager.default.isExecutableFile(atPath: tool.string) else {
            return warn("\(tool) is missing (it comes with the Swift toolchain)")
        }
        guard let triple = targetTriple(toolchain) else { return warn("'swiftc -print-target-info' failed") }
        // Made in a folder of their own and renamed into place when all are written, so graphs
        // cut short (glia stopped, a build that failed meanwhile) are never taken as made.
        let staging = folder.parent.appending(".partial-\(getpid())")
        try? FileManager.default.removeItem(atPath: folder.parent.string)
        try? FileManager.default.createDirectory(atPath: staging.string, withIntermediateDirectories: true)
        for module in modules {
            let extract = ChildProcess(executable: tool.string, arguments: [
                "-module-name", module, "-target", triple, "-minimum-access-level", "public",
                "-I", AbsolutePath(toolchain.runtimeDirectory).appending("Modules").string,
                "-output-dir", staging.string,
            ], workingDirectory: staging.string)
            guard let (status, printed) = try? extract.runCollectingOutput(timeout: 120), status == .exited(0) else {
                return warn("swift-symbolgraph-extract failed for \(module)")
            }
            _ = printed
        }
        try? FileManager.default.moveItem(atPath: staging.string, toPath: folder.string)
        return files.allSatisfy(FileManager.default.fileExists(atPath:)) ? files
            : warn("swift-symbolgraph-extract wrote no graph")
    }

    /// `x86_64-unknown-linux-gnu`, as the compiler reports its own target.
    private static func targetTriple(_ toolchain: Toolchain) -> String? {
        guard let (status, printed) = try? ChildProcess.runInOwnTemporaryFolder(toolchain.swiftc, ["-print-target-info"],
                                                                  workingDirectory: toolchain.runtimeDirectory),
              status == .exited(0),
              let info = try? JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any],
              let target = info["target"] as? [String: Any] else { return nil }
        return target["triple"] as? String
    }
}
