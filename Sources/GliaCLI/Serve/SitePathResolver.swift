import BookCore
import Foundation

/// Decides which file of the site a request names, or that it names none (a 404). It is the
/// only way the preview server reaches the disk, and it never leaves the site folder: `..`
/// (also percent-encoded), backslashes, NUL, absolute paths and symbolic links that lead out
/// all resolve to nothing, and folders are never listed.
struct SitePathResolver: Sendable {
    /// The site folder, symbolic links resolved.
    let root: AbsolutePath

    init(siteFolder: AbsolutePath) {
        root = siteFolder.resolvingSymbolicLinks()
    }

    /// The file for a request target such as `/03-coffee.html?x=1#top`.
    func file(for target: String) -> AbsolutePath? {
        var path = String(target.prefix { $0 != "?" && $0 != "#" })
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding else { return nil }
        path = decoded
        guard !path.contains("\\"), !path.contains("\0") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var candidate = root.appending(parts.joined(separator: "/"))
        if isFolder(candidate) { candidate = candidate.appending("index.html") }
        let real = candidate.resolvingSymbolicLinks()
        guard root.contains(real), real != root, isFile(real) else { return nil }
        return real
    }

    /// The Content-Type for a file, by its extension.
    static func contentType(of path: AbsolutePath) -> String {
        let types = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
            "js": "text/javascript; charset=utf-8", "json": "application/json",
            "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
            "gif": "image/gif", "webp": "image/webp", "woff2": "font/woff2", "woff": "font/woff",
            "ttf": "font/ttf", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
            "csv": "text/csv; charset=utf-8", "ico": "image/x-icon",
        ]
        let name = path.name
        let suffix = name.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        return name.contains(".") ? types[suffix] ?? "application/octet-stream" : "application/octet-stream"
    }

    private func isFolder(_ path: AbsolutePath) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path.string, isDirectory: &folder) && folder.boolValue
    }

    private func isFile(_ path: AbsolutePath) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path.string, isDirectory: &folder) && !folder.boolValue
    }
}
