/// Writes a rendered site into its output folder, all or nothing.
public struct SiteWriter {
    let outputDirectory: String

    public init(outputDirectory: String) {
        var path = outputDirectory
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.outputDirectory = path
    }

    /// Checks, before any work is done, that the output folder can be written: its parent can
    /// be created and written, and nothing that is not a folder stands in its place.
    ///
    /// - Throws: `SiteWriteError` naming the path and the reason.
    public func checkWritable() throws {
        let staging = stagingPaths().staging
        do {
            try prepareParent()
            try FileSystem.makeDirectories(staging)
            FileSystem.removeTree(staging)
        } catch let failure as FileSystem.Failure {
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    private func stagingPaths() -> (parent: String, staging: String, retired: String) {
        let parent = FileSystem.parentPath(outputDirectory)
        let name = String(outputDirectory.split(separator: "/").last ?? "output")
        return (parent, parent + "/." + name + ".glia-new", parent + "/." + name + ".glia-old")
    }

    private func prepareParent() throws {
        if FileSystem.exists(outputDirectory) && !FileSystem.isDirectory(outputDirectory) {
            throw FileSystem.Failure(problem: "'\(outputDirectory)' exists and is not a folder",
                                     reason: "remove it or choose another output folder")
        }
        try FileSystem.makeDirectories(stagingPaths().parent)
    }

    /// Writes all files into a fresh sibling folder, then swaps it into place (rename), so a
    /// failed build never leaves a half-written output folder and the previous good site
    /// survives any error. Keeps a `.gitkeep` that was in the old folder.
    ///
    /// - Throws: `SiteWriteError` naming the path and the reason.
    public func write(_ files: [SiteFile]) throws {
        let (_, staging, retired) = stagingPaths()
        do {
            try prepareParent()
            FileSystem.removeTree(staging)
            FileSystem.removeTree(retired)
            try FileSystem.makeDirectories(staging)
            do {
                try fill(staging, with: files)
            } catch {
                FileSystem.removeTree(staging)
                throw error
            }
            try swap(staging, retired: retired)
        } catch let failure as FileSystem.Failure {
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    private func fill(_ folder: String, with files: [SiteFile]) throws {
        var made: Set<String> = [folder]
        for file in files {
            let parts = file.path.split(separator: "/")
            guard !file.path.hasPrefix("/"), !parts.isEmpty,
                  !parts.contains(where: { $0 == ".." || $0 == "." }) else {
                throw FileSystem.Failure(problem: "bad file path '\(file.path)'",
                                         reason: "site paths must be relative, without '..'")
            }
            let path = folder + "/" + parts.joined(separator: "/")
            let directory = FileSystem.parentPath(path)
            if !made.contains(directory) {
                try FileSystem.makeDirectories(directory)
                made.insert(directory)
            }
            switch file.contents {
            case .bytes(let bytes): try FileSystem.write(bytes, to: path)
            case .copy(let source): try FileSystem.copy(from: source, to: path)
            }
        }
        let keep = outputDirectory + "/.gitkeep"
        if FileSystem.isFile(keep) && !files.contains(where: { $0.path == ".gitkeep" }) {
            try FileSystem.copy(from: keep, to: folder + "/.gitkeep")
        }
    }

    /// Moves the old site aside, the new one in, then deletes the old one. If the second
    /// rename fails, the old site is put back.
    private func swap(_ staging: String, retired: String) throws {
        guard FileSystem.exists(outputDirectory) else {
            try FileSystem.rename(staging, to: outputDirectory)
            return
        }
        do {
            try FileSystem.rename(outputDirectory, to: retired)
        } catch {
            FileSystem.removeTree(staging)
            throw error
        }
        do {
            try FileSystem.rename(staging, to: outputDirectory)
        } catch {
            try? FileSystem.rename(retired, to: outputDirectory)
            FileSystem.removeTree(staging)
            throw error
        }
        FileSystem.removeTree(retired)
    }
}
