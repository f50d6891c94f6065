import BookCore
import Foundation

/// The objects of saved files of the plot modules, moved aside before the runtime is rebuilt,
/// so that the compiler makes them again whatever the dates say.
///
/// The plot modules compile file by file and incrementally (see Package.swift). The
/// incremental compiler keeps each source's modification time to the second: a file saved
/// again within the second of the save it last compiled looks unchanged to it, and its old
/// object would be linked (glia serve's maintainer test did, one run in three). A missing
/// object is always compiled again. The objects are moved, not deleted: a rebuild that fails
/// puts back any that it did not make again, so the library index still finds an object for
/// every source and the chapters are not all run again for want of one.
public struct ObjectsSetAside {
    /// The modules compiled file by file and incrementally (`plotCode` in Package.swift).
    public static let incrementalModules = ["Figures", "NeuralPlots"]

    /// Each object moved, and where to.
    private var moved: [(object: String, aside: String)] = []

    /// Moves aside the objects of the Swift files of `incrementalModules` among `files`
    /// (paths relative to the package) in `buildDirectory` (`.build/release`).
    public init(of files: [String], in buildDirectory: String) {
        let built = AbsolutePath(buildDirectory)
        for file in Set(files).sorted() where file.hasSuffix(".swift") {
            let parts = file.split(separator: "/")
            guard parts.count >= 3, Self.incrementalModules.contains(String(parts[1])),
                  let object = LibraryIndex.product(of: file, in: built)?.string else { continue }
            let aside = object + ".glia-aside"
            if rename(object, aside) == 0 { moved.append((object, aside)) }
        }
    }

    /// After the rebuild: the objects set aside go if it succeeded; otherwise each one the
    /// compiler did not make again goes back.
    public func finish(rebuilt: Bool) {
        for (object, aside) in moved {
            if !rebuilt && !FileManager.default.fileExists(atPath: object) {
                _ = rename(aside, object)
            } else {
                try? FileManager.default.removeItem(atPath: aside)
            }
        }
    }
}
