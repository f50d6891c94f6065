import Foundation

/// Where a book's files are, and the one place that decides where glia may write: only into
/// the output folder (which it replaces whole on every build) and the cache.
public struct BookLayout: Sendable {
    /// Name of the file glia puts in every site it writes; a folder holding it may be replaced.
    public static let siteMarker = ".glia-site"

    /// The book's folder: `chapters/`, `book.yml`, data files.
    public let root: AbsolutePath
    public let chapters: AbsolutePath
    public let config: AbsolutePath
    /// Cached results, work folders and the build lock.
    public let cache: AbsolutePath
    /// Where the site goes, as the author named it.
    public let output: AbsolutePath
    /// Reference images for `--check-figures` (written only by `--accept-figures`).
    public let baseline: AbsolutePath

    /// - Parameters:
    ///   - root: the book's folder (relative to the working folder, or absolute).
    ///   - output: the site's folder, relative to `root` unless absolute.
    public init(root: String, output: String = "output", baseline: String = "figures-baseline") {
        let root = AbsolutePath(root)
        self.root = root
        chapters = root.appending(BookLoader.chaptersFolder)
        config = root.appending(BookLoader.configFile)
        cache = root.appending(".glia-cache")
        self.output = AbsolutePath(output, relativeTo: root)
        self.baseline = AbsolutePath(baseline, relativeTo: root)
    }

    /// Why glia must not write reference images into the baseline folder, or nil if it may:
    /// it must be a folder of its own, not the book, its chapters, the cache or the site.
    public func baselineFolderProblem() -> Diagnostic? {
        let target = baseline.resolvingSymbolicLinks()
        for (path, what) in [(root, "the book's own folder"), (chapters, "the chapters"),
                             (cache, "glia's cache"), (resolvedOutput, "the site")] {
            let real = path.resolvingSymbolicLinks()
            if target.contains(real) || (path != root && real.contains(target)) {
                return .error("refusing to write reference figures into '\(baseline)': it is, holds "
                              + "or lies inside \(what); choose a folder of its own, such as "
                              + "'--baseline figures-baseline'")
            }
        }
        return nil
    }

    /// The folder that is really replaced: the output folder, or the folder it links to (a
    /// deploy folder linked as `output` is written through the link).
    public var resolvedOutput: AbsolutePath { output.resolvingSymbolicLinks() }

    /// Why glia must not replace the output folder, or nil if it may. Checked before every
    /// write, so that no option or link can make glia delete what it did not create.
    public func outputFolderProblem() -> Diagnostic? {
        let target = resolvedOutput
        let protected: [(AbsolutePath, String)] = [
            (root, "the book's own folder"), (chapters, "the chapters"),
            (config, "the book's configuration (\(BookLoader.configFile))"),
            (cache, "glia's cache"),
        ]
        for (path, what) in protected {
            let real = path.resolvingSymbolicLinks()
            let relation = target == real ? "is" : target.contains(real) ? "holds"
                : path != root && real.contains(target) ? "lies inside" : nil
            if let relation {
                return .error(
                    "refusing to write the site into '\(output)': glia replaces its output folder "
                    + "whole on every build, and this folder \(relation) \(what) (\(real)); "
                    + "choose a folder of its own, such as '--output output'")
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.string, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return .error("cannot write the site to '\(output)': a file of that name is in the way; "
                          + "remove it or choose another output folder")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: target.string)) ?? []
        if names.allSatisfy({ $0 == ".gitkeep" }) || Self.isGliaSite(target, names: names) {
            return nil
        }
        return .error(
            "refusing to replace '\(output)': it holds files glia did not write (it has no "
            + "\(Self.siteMarker) marker), and glia replaces its output folder whole on every "
            + "build; move those files elsewhere or delete the folder, or choose another folder "
            + "with --output")
    }

    /// A site glia wrote: it has the marker, or (written before the marker existed) glia's
    /// own script and search index.
    private static func isGliaSite(_ folder: AbsolutePath, names: [String]) -> Bool {
        if names.contains(siteMarker) { return true }
        return names.contains("search-index.js")
            && FileManager.default.fileExists(atPath: folder.appending("assets/glia.js").string)
    }
}
