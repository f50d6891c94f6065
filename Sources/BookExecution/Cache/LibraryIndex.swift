import BookCore
import Foundation

/// The runtime library's sources, indexed by the names each Swift file declares, so that a
/// chapter's cache key can hold the digests of only the library files its code can reach.
/// Editing the ReLU plot then re-runs the chapter that draws it, not the whole book.
///
/// "Reach" follows names: the chapter's program mentions names, the files declaring them are
/// reached, the names those files mention reach further files, and so on (see `SwiftNames`
/// for what counts). Files that are not Swift (C glue, headers, data) and the manifest are
/// reached by every chapter: their effect cannot be traced by name.
public struct LibraryIndex: Sendable {
    /// One file of the library.
    public struct File: Codable, Equatable, Sendable {
        /// Relative to the package, such as `Sources/Figures/Plots/LinePlot.swift`.
        public var path: String
        public var digest: String
        /// Nil for files reached by every chapter: the manifest and files that are not Swift.
        public var names: SwiftNames?
        /// Size and modification time when `digest` was taken, to skip reading it again.
        var stamp: String
    }

    public let package: RuntimePackage
    public let files: [File]
    /// For each declared name, the Swift files declaring it (indices into `files`).
    private let declaredBy: [String: [Int]]
    /// Members that extensions add to library types: by member name, and by type name.
    private let memberOf: [String: [(type: String, file: Int)]]
    private let membersOf: [String: [(member: String, file: Int)]]

    init(package: RuntimePackage, files: [File]) {
        self.package = package
        self.files = files
        var declaredBy: [String: [Int]] = [:]
        var memberOf: [String: [(type: String, file: Int)]] = [:]
        var membersOf: [String: [(member: String, file: Int)]] = [:]
        let declaredAnywhere = Set(files.flatMap { $0.names?.declared ?? [] })
        for (index, file) in files.enumerated() {
            guard let names = file.names else { continue }
            for name in names.declared.union(names.conformances.intersection(declaredAnywhere)) {
                declaredBy[name, default: []].append(index)
            }
            for (type, members) in names.members {
                for member in members {
                    if declaredAnywhere.contains(type) {
                        memberOf[member, default: []].append((type, index))
                        membersOf[type, default: []].append((member, index))
                    } else {
                        declaredBy[member, default: []].append(index)
                    }
                }
            }
        }
        self.declaredBy = declaredBy
        self.memberOf = memberOf
        self.membersOf = membersOf
    }

    /// The library files that code mentioning `names` can reach, in path order.
    public func reachableFiles(from names: Set<String>) -> [File] {
        var reached = Set(files.indices.filter { files[$0].names == nil })
        var mentioned = names
        var pending = Array(names)
        func reach(_ index: Int) {
            guard reached.insert(index).inserted else { return }
            for name in files[index].names?.mentioned ?? [] where mentioned.insert(name).inserted {
                pending.append(name)
            }
        }
        while let name = pending.popLast() {
            declaredBy[name]?.forEach(reach)
            for (type, index) in memberOf[name] ?? [] where mentioned.contains(type) { reach(index) }
            for (member, index) in membersOf[name] ?? [] where mentioned.contains(member) { reach(index) }
        }
        return reached.sorted().map { files[$0] }
    }

    /// Indexes the runtime's sources in `package`. Nil, with a warning, when the built library
    /// is older than a source file: it may not be what the sources say, so the caller keys
    /// chapters by the library's own digest instead.
    /// - Parameter memoDirectory: where digests and names are remembered between builds.
    static func load(package: RuntimePackage, builtLibrary: String, memoDirectory: String?,
                     reportingTo diagnostics: DiagnosticEngine) -> LibraryIndex? {
        let memoPath = memoDirectory.map { AbsolutePath($0).appending("library-index.json").string }
        let remembered = memoPath.flatMap { FileManager.default.contents(atPath: $0) }
            .flatMap { try? JSONDecoder().decode([File].self, from: $0) } ?? []
        let byPath = Dictionary(remembered.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let builtAt = attributes(of: builtLibrary).modified
        var files: [File] = []
        for path in package.sourceFiles() {
            let absolute = package.root.appending(path).string
            let (size, modified) = attributes(of: absolute)
            // The manifest is left out: SwiftPM does not relink when it changes nothing.
            if modified > builtAt && path != "Package.swift" {
                diagnostics.emit(.warning(
                    "\(path) is newer than the runtime library built from it (\(builtLibrary)): "
                    + "chapters now run against the old build, and every chapter is keyed by the "
                    + "whole library; run 'swift build -c release --product NotebookRuntime' "
                    + "(or 'make site') to build it"))
                return nil
            }
            let stamp = "\(size)|\(modified)"
            if let known = byPath[path], known.stamp == stamp {
                files.append(known)
                continue
            }
            guard let data = FileManager.default.contents(atPath: absolute) else { return nil }
            var hasher = SHA256()
            hasher.update(data)
            let names = path.hasSuffix(".swift") && path != "Package.swift"
                ? SwiftNames(source: String(decoding: data, as: UTF8.self)) : nil
            files.append(File(path: path, digest: hasher.finalize(), names: names, stamp: stamp))
        }
        if let memoPath, let memoDirectory, files != remembered,
           let data = try? JSONEncoder().encode(files) {
            try? FileManager.default.createDirectory(atPath: memoDirectory, withIntermediateDirectories: true)
            try? data.write(to: URL(fileURLWithPath: memoPath), options: .atomic)
        }
        return LibraryIndex(package: package, files: files)
    }

    private static func attributes(of path: String) -> (size: Int, modified: Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return ((attributes?[.size] as? NSNumber)?.intValue ?? -1,
                (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }
}
