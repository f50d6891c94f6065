import BookCore
import Foundation

/// The Swift package that built the runtime glia compiles chapters against, when glia runs
/// from that package's `.build` folder (the maintainer's case, and this repository's book).
/// Its sources let a chapter's cache key follow only the library code the chapter can reach.
public struct RuntimePackage: Sendable {
    /// The targets linked into libNotebookRuntime.so (a test checks this against
    /// `swift package describe`).
    public static let modules = ["Canvas", "CCairo", "CPNG", "Figures", "CairoFigures", "Neural",
                                 "NeuralPlots", "NotebookRuntime", "GliaProtocol"]
    /// Those of `modules` written in Swift.
    public static let swiftModules = modules.filter { !["CCairo", "CPNG"].contains($0) }

    /// The folder holding `Package.swift`.
    public let root: AbsolutePath

    public init(root: AbsolutePath) {
        self.root = root
    }

    /// The package whose `.build` holds `runtimeDirectory`, if it builds NotebookRuntime.
    public static func containing(runtimeDirectory: String) -> RuntimePackage? {
        var folder = AbsolutePath(runtimeDirectory).resolvingSymbolicLinks()
        while folder.name != ".build" {
            guard folder.string != "/" else { return nil }
            folder = folder.parent
        }
        let package = RuntimePackage(root: folder.parent)
        return package.buildsRuntime ? package : nil
    }

    /// Whether `Package.swift` here declares the NotebookRuntime product and its sources exist.
    public var buildsRuntime: Bool {
        guard let manifest = try? String(contentsOfFile: root.appending("Package.swift").string,
                                         encoding: .utf8) else { return false }
        return manifest.contains("\"NotebookRuntime\"")
            && FileManager.default.fileExists(atPath: root.appending("Sources/NotebookRuntime").string)
    }

    /// Whether a path relative to the package is runtime library code.
    public func isRuntimeCode(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        return parts.count >= 2 && parts[0] == "Sources" && Self.modules.contains(String(parts[1]))
    }

    /// Every file of the runtime's targets, relative to the package, sorted.
    public func sourceFiles() -> [String] {
        var found: [String] = []
        for module in Self.modules {
            let folder = root.appending("Sources/" + module).string
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker {
                var isFolder: ObjCBool = false
                let path = folder + "/" + relative
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                   !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    found.append("Sources/" + module + "/" + relative)
                }
            }
        }
        return found.sorted()
    }
}
