import ArgumentParser
import BookCore
import BookExecution
import Foundation

/// glia's own files (the live-reload script, the new-book template): SwiftPM copies them
/// into `glia_GliaCLI.resources` next to the binary, and `make install` puts that folder in
/// `lib/glia` beside the runtime.
enum GliaResources {
    static let folderName = "glia_GliaCLI.resources"

    /// `relative` inside the resources folder, wherever glia was built or installed.
    static func path(_ relative: String) throws -> AbsolutePath {
        let candidates = Toolchain.installedRuntimeCandidates()
            .map { AbsolutePath($0).appending(folderName).appending(relative) }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.string) }) else {
            throw ValidationError("cannot find glia's file \(relative) in "
                                  + candidates.map(\.string).joined(separator: " or ")
                                  + ": build glia with 'swift build -c release' (or 'make site'), "
                                  + "or install it with 'make install'")
        }
        return found
    }
}
