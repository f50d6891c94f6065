import Foundation

/// An absolute, normalised file path (no `.`, `..`, doubled or trailing slashes). glia joins
/// and compares paths only through this type, so "is this folder inside that one" has one
/// answer everywhere.
public struct AbsolutePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as text, always starting with `/`.
    public let string: String

    /// `path` made absolute (against `base`, or the working folder) and normalised.
    public init(_ path: String, relativeTo base: AbsolutePath? = nil) {
        let start = path.hasPrefix("/") ? ""
            : (base?.string ?? FileManager.default.currentDirectoryPath)
        var parts: [Substring] = []
        for part in (start + "/" + path).split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        string = "/" + parts.joined(separator: "/")
    }

    /// This path with `relative` (one or more components) added.
    public func appending(_ relative: String) -> AbsolutePath {
        AbsolutePath(relative, relativeTo: self)
    }

    /// The folder holding this path (`/` for `/`).
    public var parent: AbsolutePath { appending("..") }

    /// The last component (empty for `/`).
    public var name: String { String(string.split(separator: "/").last ?? "") }

    /// Whether `other` is this path or lies inside it.
    public func contains(_ other: AbsolutePath) -> Bool {
        string == "/" || other.string == string || other.string.hasPrefix(string + "/")
    }

    /// `other` relative to this folder, if it lies inside it.
    public func relativePath(of other: AbsolutePath) -> String? {
        guard contains(other) else { return nil }
        return other.string == string ? "." : String(other.string.dropFirst(string == "/" ? 1 : string.count + 1))
    }

    /// The same place with symbolic links resolved, as far as the path exists (the part that
    /// does not exist yet is kept as written): two spellings of one folder compare equal.
    public func resolvingSymbolicLinks() -> AbsolutePath {
        var existing = self
        var missing: [String] = []
        while existing.string != "/" && !FileManager.default.fileExists(atPath: existing.string) {
            missing.insert(existing.name, at: 0)
            existing = existing.parent
        }
        let resolved = existing.string.withCString { pointer -> String? in
            guard let real = realpath(pointer, nil) else { return nil }
            defer { free(real) }
            return String(cString: real)
        }
        let base = AbsolutePath(resolved ?? existing.string)
        return missing.isEmpty ? base : base.appending(missing.joined(separator: "/"))
    }

    public var description: String { string }

    public static func < (a: AbsolutePath, b: AbsolutePath) -> Bool { a.string < b.string }
}
