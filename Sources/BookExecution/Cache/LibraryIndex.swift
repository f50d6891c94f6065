import BookCore
import Foundation

/// The runtime library's sources, indexed by the names each Swift file declares, so that a
/// chapter's cache key can hold the digests of only the library files its code can reach.
/// Editing the ReLU plot then re-runs the chapter that draws it, not the whole book.
///
/// "Reach" follows names: the chapter's program mentions names, the files declaring them are
/// reached, the names those files mention reach further files, and so on (see `SwiftNames`
/// for what counts). C code and data files are reached by every chapter: their effect cannot
/// be traced by name. Headers and the manifest take effect through the objects built with them.
public struct LibraryIndex: Sendable {
    /// One file of the library.
    public struct File: Codable, Equatable, Sendable {
        /// Relative to the package, such as `Sources/Figures/Plots/LinePlot.swift`.
        public var path: String
        /// Digest of what the build made of it: its object file, or a resource's copy.
        public var digest: String
        /// Nil for files reached by every chapter: C code and resources.
        public var names: SwiftNames?
        /// Sizes and modification times of the source and its product when `names` and
        /// `digest` were taken, to skip reading them again.
        var stamp: String

        /// The source's and the product's parts of `stamp` ("size|time size|time").
        var stamps: (source: Substring, product: Substring) {
            guard let space = stamp.firstIndex(of: " ") else { return ("", "") }
            return (stamp[..<space], stamp[stamp.index(after: space)...])
        }

        init(path: String, digest: String, names: SwiftNames?, stamp: String = "") {
            self.path = path
            self.digest = digest
            self.names = names
            self.stamp = stamp
        }
    }

    public let files: [File]
    /// For each declared name, the Swift files declaring it (indices into `files`).
    private let declaredBy: [String: [Int]]
    /// Members that extensions add to library types: by member name, and by type name.
    private let memberOf: [String: [(type: String, file: Int)]]
    private let membersOf: [String: [(member: String, file: Int)]]

    init(files: [File]) {
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

    /// Indexes the runtime's sources in `package`, with each file keyed by what the build
    /// made of it in `runtimeDirectory` (its object file; a resource's copy), not by its text:
    /// an edit that was not built yet changes nothing that runs, so it must not change a key.
    /// Objects are deterministic: rebuilding leaves the objects of unedited files as they were.
    /// Nil when a source has no object (a new file not built yet): the caller then keys every
    /// chapter by the whole library.
    /// - Parameter memoDirectory: where names and digests are remembered between builds.
    static func load(package: RuntimePackage, runtimeDirectory: String, memoDirectory: String?) -> LibraryIndex? {
        let memoPath = memoDirectory.map { AbsolutePath($0).appending("library-index.json").string }
        let remembered = memoPath.map(Self.rememberedFiles) ?? []
        let byPath = Dictionary(remembered.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let built = AbsolutePath(runtimeDirectory)
        // After a library edit the build rewrites the objects it compiled again: every object
        // of a module compiled whole (Neural), the edited file's alone in the plot modules
        // (see Package.swift). Each rewritten object is hashed again, on every core, but a
        // source's names are read again only when the source itself changed.
        let indexed = package.sourceFiles().concurrentMap { path -> Indexed in
            guard let product = Self.product(of: path, in: built) else { return .notBuilt }
            guard let productStamp = stamp(product.string) else {
                // A source with no object yet; headers, module maps and files that are not
                // resources have none ever.
                return path.hasSuffix(".swift") || path.hasSuffix(".c") ? .unbuilt : .notBuilt
            }
            let sourceStamp = stamp(package.root.appending(path).string) ?? ""
            var file = byPath[path] ?? File(path: path, digest: "", names: nil, stamp: "")
            let (lastSource, lastProduct) = file.stamps
            if lastProduct != productStamp {
                guard let digest = digest(of: product.string) else { return .unbuilt }
                file.digest = digest
            }
            if lastSource != sourceStamp || file.stamp.isEmpty {
                file.names = path.hasSuffix(".swift")
                    ? (try? String(contentsOfFile: package.root.appending(path).string, encoding: .utf8))
                        .map { SwiftNames(source: $0) } : nil
            }
            file.stamp = sourceStamp + " " + productStamp
            return .file(file)
        }
        var files: [File] = []
        for found in indexed {
            switch found {
            case .file(let file): files.append(file)
            case .notBuilt: continue
            case .unbuilt: return nil
            }
        }
        if let memoPath, let memoDirectory, files != remembered,
           let data = try? JSONEncoder().encode(files) {
            try? FileManager.default.createDirectory(atPath: memoDirectory, withIntermediateDirectories: true)
            try? data.write(to: URL(fileURLWithPath: memoPath), options: .atomic)
            decodedMemo.remember(files, at: memoPath)
        }
        return LibraryIndex(files: files)
    }

    /// What indexing found for one path of the package.
    private enum Indexed {
        case file(File)
        /// A path the build makes nothing of (a header, a module map).
        case notBuilt
        /// A source whose object is missing or unreadable: a new file, not built yet.
        case unbuilt
    }

    /// The files recorded in the memo at `path`. A long-lived process (glia serve) decodes it
    /// once and again only when the file changed: decoding it was most of locating the
    /// toolchain, which every build does.
    private static func rememberedFiles(at path: String) -> [File] {
        decodedMemo.value(at: path) ?? []
    }

    private static let decodedMemo = DecodedFiles(keepsOne: true) { try? JSONDecoder().decode([File].self, from: $0) }

    /// Where SwiftPM puts what it builds from `path` (`Sources/Module/…/name.ext`): the object
    /// `Module.build/name.ext.o` for code, the copy in the module's resource bundle otherwise.
    static func product(of path: String, in built: AbsolutePath) -> AbsolutePath? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts[0] == "Sources", let name = parts.last else { return nil }
        let module = parts[1]
        if [".swift", ".c", ".cpp", ".m"].contains(where: name.hasSuffix) {
            return built.appending("\(module).build/\(name).o")
        }
        let bundles = (try? FileManager.default.contentsOfDirectory(atPath: built.string)) ?? []
        return bundles.first { $0.hasSuffix("_\(module).resources") }
            .map { built.appending($0 + "/" + name) }
    }

    private static func stamp(_ path: String) -> String? {
        FileStamp(of: path)?.description
    }

    private static func digest(of path: String) -> String? {
        SHA256.ofFile(atPath: path)
    }
}
