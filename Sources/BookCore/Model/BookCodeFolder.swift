import Foundation

/// `code: support/` in book.yml: a folder of Swift files that glia compiles once into the
/// module `BookCode`, which every chapter imports, so chapters can share a data generator or
/// a model without pasting it.
public struct BookCodeFolder: Sendable, Equatable {
    /// Relative to the book's folder, without a trailing slash, such as `support`.
    public var folder: String
    /// Its `.swift` files, relative to the book's folder, sorted.
    public var files: [String]
    /// Where book.yml names it, for errors about the folder as a whole.
    public var location: SourceLocation

    /// The folder `folder` names, or the error to report at `location`: it must be inside the
    /// book, not `chapters/`, and hold Swift files.
    static func check(_ folder: String, bookRoot: AbsolutePath,
                      at location: SourceLocation) -> (BookCodeFolder?, Diagnostic?) {
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let absolute = AbsolutePath(trimmed, relativeTo: bookRoot)
        guard let relative = bookRoot.relativePath(of: absolute), !relative.isEmpty, relative != "." else {
            return (nil, .error("'code' must name a folder inside the book, such as 'code: support/'",
                                at: location))
        }
        guard relative != "chapters", !relative.hasPrefix("chapters/") else {
            return (nil, .error("'code' cannot be chapters/ (it holds the Markdown pages): put the Swift "
                                + "files in a folder of their own, such as support/", at: location))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute.string, isDirectory: &isFolder), isFolder.boolValue
        else {
            return (nil, .error("the code folder '\(relative)/' does not exist: create it and put the "
                                + "book's shared .swift files in it", at: location))
        }
        let files = (FileManager.default.enumerator(atPath: absolute.string)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".swift") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { relative + "/" + $0 }.sorted()
        guard !files.isEmpty else {
            return (nil, .error("the code folder '\(relative)/' holds no .swift files", at: location))
        }
        return (BookCodeFolder(folder: relative, files: files, location: location), nil)
    }
}
