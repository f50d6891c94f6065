import BookCore

extension SiteWriter {
    /// Brings the output folder up to date file by file, for `glia serve`: only files whose
    /// contents differ are written, and files the site no longer has are removed. A save
    /// changes a few files of a site of 1,500, so this takes milliseconds where writing a
    /// fresh folder took 40-60.
    ///
    /// Each file is replaced by a rename, so the server hands out the old file or the new one,
    /// never half of one; a Ctrl-C waits for the update to finish. The site as a whole is not
    /// swapped at once, which only matters to a reader fetching in the same milliseconds; the
    /// page is told to reload after the update. A folder glia did not write, or none, gets
    /// the all-or-nothing `write(_:)`.
    ///
    /// - Returns: how many files were written or removed.
    /// - Throws: `SiteWriteError` naming the path and the reason.
    @discardableResult
    public func update(_ site: Site) throws -> Int {
        try checkAllowed()
        guard FileSystem.isFile(outputDirectory + "/" + BookLayout.siteMarker) else {
            try write(site)
            return site.files.count + 1
        }
        do {
            return try Interruption.critical { try updateFiles(Self.withMarker(site.files)) }
        } catch let failure as FileSystem.Failure {
            throw SiteWriteError(outputDirectory: outputDirectory, problem: failure.problem,
                                 reason: failure.reason)
        }
    }

    private func updateFiles(_ files: [SiteFile]) throws -> Int {
        var touched = 0
        let paths = try files.map { try Self.place(of: $0, in: outputDirectory) }
        // Comparing is most of the work (a stat or two per file, reading each page), on every
        // core; writing the few changed files is not.
        let unchanged = zip(files, paths).map { ($0, $1) }.concurrentMap { file, path in
            FileSystem.holds(file.contents, at: path)
        }
        for ((file, path), same) in zip(zip(files, paths), unchanged) where !same {
            let directory = FileSystem.parentPath(path)
            clearFolders(down: directory)
            try FileSystem.makeDirectories(directory)
            if FileSystem.isDirectory(path) { FileSystem.removeTree(path) }
            let temporary = directory + "/.glia-update-" + FileSystem.name(of: path)
            FileSystem.removeTree(temporary)
            switch file.contents {
            case .bytes(let bytes): try FileSystem.write(bytes, to: temporary)
            case .copy(let source): try FileSystem.linkOrCopy(from: source, to: temporary)
            }
            try FileSystem.rename(temporary, to: path)
            touched += 1
        }
        let keep = outputDirectory + "/.gitkeep"
        let wanted = Set(paths)
        for path in FileSystem.filesBelow(outputDirectory) where !wanted.contains(path) && path != keep {
            FileSystem.removeTree(path)
            touched += 1
        }
        FileSystem.removeEmptyFolders(below: outputDirectory)
        return touched
    }

    /// Removes what stands where a folder of `folder`'s path goes now: a file of the old
    /// site, or a symbolic link, which the update would otherwise write through, out of the
    /// output folder.
    private func clearFolders(down folder: String) {
        guard folder.count > outputDirectory.count else { return }
        clearFolders(down: FileSystem.parentPath(folder))
        if FileSystem.isSymbolicLink(folder) || (FileSystem.exists(folder) && !FileSystem.isDirectory(folder)) {
            FileSystem.removeTree(folder)
        }
    }
}
