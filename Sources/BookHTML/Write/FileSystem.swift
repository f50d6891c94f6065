import CFileSwap
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the site needs, with errors that name the path and the reason.
enum FileSystem {
    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of the file at `path`, following symbolic links (Debian's KaTeX script is
    /// one), or 0 when there is none.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Names in a folder, sorted (so that anything built from them is deterministic).
    static func contents(ofDirectory path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func reason() -> String {
        String(cString: strerror(errno))
    }
}

/// Writing with POSIX calls, whose `errno` gives a precise reason for every failure.
extension FileSystem {
    struct Failure: Error {
        var problem: String
        var reason: String
    }

    /// Creates `path` and any missing parents.
    static func makeDirectories(_ path: String) throws {
        if isDirectory(path) { return }
        if exists(path) {
            throw Failure(problem: "could not create folder '\(path)'",
                          reason: "a file of that name is in the way")
        }
        let parent = parentPath(path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 && !(errno == EEXIST && isDirectory(path)) {
            throw Failure(problem: "could not create folder '\(path)'", reason: reason())
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw Failure(problem: "could not create file '\(path)'", reason: reason())
        }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            try writeAll(fd, buffer, path: path)
        }
    }

    /// Puts `source`'s contents at `path`: a hard link where the file system allows it (figures
    /// come from glia's cache, whose files are never changed in place, only replaced, so the
    /// site shares them instead of copying tens of megabytes on every build), else a copy.
    static func linkOrCopy(from source: String, to path: String) throws {
        var info = stat()
        // Only regular files are linked; a symbolic link (Debian's KaTeX fonts) is followed.
        if lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, link(source, path) == 0 {
            return
        }
        try copy(from: source, to: path)
    }

    /// Copies a file's contents (following symbolic links, as Debian's KaTeX fonts are).
    static func copy(from source: String, to path: String) throws {
        let input = open(source, O_RDONLY)
        guard input >= 0 else {
            throw Failure(problem: "could not read '\(source)' (to copy to '\(path)')",
                          reason: reason())
        }
        defer { close(input) }
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard output >= 0 else {
            throw Failure(problem: "could not create file '\(path)'", reason: reason())
        }
        defer { close(output) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                throw Failure(problem: "could not read '\(source)'", reason: reason())
            }
            if count == 0 { return }
            try chunk.withUnsafeBytes { buffer in
                try writeAll(output, UnsafeRawBufferPointer(rebasing: buffer[..<count]), path: path)
            }
        }
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer,
                                 path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(problem: "could not write '\(path)'", reason: reason())
            }
            offset += written
        }
    }

    private static func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, bytes, count)
        #else
        Darwin.write(fd, bytes, count)
        #endif
    }

    static func rename(_ from: String, to: String) throws {
        #if canImport(Glibc)
        let status = Glibc.rename(from, to)
        #else
        let status = Darwin.rename(from, to)
        #endif
        if status != 0 {
            throw Failure(problem: "could not rename '\(from)' to '\(to)'", reason: reason())
        }
    }

    /// Swaps two folders (or files) that both exist, so that each path names what the other
    /// did. In one step where the file system allows it (a reader never finds either path
    /// missing), or when `inOneStep` is false, with three renames through a name beside
    /// `second`: `second` is then missing for a moment.
    static func exchange(_ first: String, _ second: String, inOneStep: Bool = true) throws {
        if inOneStep {
            let status = glia_exchange_paths(first, second)
            if status == 0 { return }
            guard status == EINVAL || status == ENOSYS else {
                throw Failure(problem: "could not swap '\(first)' and '\(second)'",
                              reason: String(cString: strerror(status)))
            }
        }
        let aside = parentPath(second) + "/.glia-swap-" + name(of: second)
        removeTree(aside)
        try rename(second, to: aside)
        do {
            try rename(first, to: second)
        } catch {
            try? rename(aside, to: second)
            throw error
        }
        // The swap has happened; what `second` held only has to move to `first`, or go.
        if (try? rename(aside, to: first)) == nil { removeTree(aside) }
    }

    /// Deletes a file or a folder with everything in it; a missing path is fine.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in contents(ofDirectory: path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// What an in-place update of the site compares and walks.
extension FileSystem {
    /// Whether the file at `path` already has `contents`: the same bytes, or, for a file to
    /// copy, the very same file (a hard link to it) or one with the same bytes.
    static func holds(_ contents: SiteFile.Contents, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        switch contents {
        case .bytes(let wanted):
            return Int(info.st_size) == wanted.count && bytes(of: path) == wanted
        case .copy(let source):
            var original = stat()
            guard stat(source, &original) == 0 else { return false }
            if original.st_dev == info.st_dev && original.st_ino == info.st_ino { return true }
            return original.st_size == info.st_size && bytes(of: path) == bytes(of: source)
        }
    }

    /// A file's bytes; nil when it cannot be read.
    static func bytes(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return contents }
            contents += chunk[..<count]
        }
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Every file (and symbolic link) below `folder`, as full paths; a folder that cannot be
    /// read counts as empty.
    static func filesBelow(_ folder: String) -> [String] {
        var files: [String] = [], folders: [String] = []
        _ = walk(folder, files: &files, folders: &folders)
        return files
    }

    /// Every file (and symbolic link) and every folder below `folder`, as full paths; nil when
    /// a folder cannot be read, so that what it holds is not taken for nothing.
    static func entriesBelow(_ folder: String) -> (files: [String], folders: [String])? {
        var files: [String] = [], folders: [String] = []
        return walk(folder, files: &files, folders: &folders) ? (files, folders) : nil
    }

    /// Lists `folder` into `files` and `folders`, sorted; false if a folder could not be read.
    /// The kind of each entry is read from the folder itself (`d_type`), not with a `stat` per
    /// file, where the file system says it.
    private static func walk(_ folder: String, files: inout [String], folders: inout [String]) -> Bool {
        guard let dir = opendir(folder) else { return false }
        var entries: [(name: String, kind: UInt8)] = []
        errno = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        var complete = errno == 0
        closedir(dir)
        for (name, kind) in entries.sorted(by: { $0.name < $1.name }) {
            let path = folder + "/" + name
            if kind == UInt8(DT_DIR) || (kind == UInt8(DT_UNKNOWN) && isDirectory(path) && !isSymbolicLink(path)) {
                folders.append(path)
                complete = walk(path, files: &files, folders: &folders) && complete
            } else {
                files.append(path)
            }
        }
        return complete
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Deletes a folder with everything in it, its files on every core; a missing path is fine.
    static func removeTreeConcurrently(_ path: String) {
        guard isDirectory(path) && !isSymbolicLink(path) else { return removeTree(path) }
        _ = filesBelow(path).concurrentMap { unlink($0) }
        removeTree(path)  // the folders, now empty
    }

    /// Removes the folders below `folder` that hold nothing (the old site's, after an update).
    static func removeEmptyFolders(below folder: String) {
        for name in contents(ofDirectory: folder) {
            let path = folder + "/" + name
            guard isDirectory(path) && !isSymbolicLink(path) else { continue }
            removeEmptyFolders(below: path)
            if contents(ofDirectory: path).isEmpty { rmdir(path) }
        }
    }
}
