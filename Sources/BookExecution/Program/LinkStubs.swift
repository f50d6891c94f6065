import BookCore
import Foundation

/// Empty stand-ins for the Swift libraries a chapter program links against.
///
/// Linking a chapter took about 30 ms, most of it the linker reading the symbol tables of
/// Foundation, the standard library and the runtime, only to check that each symbol the
/// program uses is defined somewhere and to record which libraries it needs. The dynamic
/// loader finds the symbols again when the program starts. So the program is linked against
/// empty libraries of the same file names, which it records as needed all the same, with its
/// undefined symbols left to the loader, and marked so that the loader binds every symbol at
/// the start (`-z now`): a symbol missing from the real libraries stops the program before its
/// first cell, with the loader's message naming it, never in the middle of a run. The system
/// libraries (libc, libm) are still read: their symbols carry versions.
///
/// A stub is named like the library it stands for and has no name of its own (no `SONAME`),
/// so the program records that file name, which the loader looks for on its search path (the
/// runtime path the link gives, as before). Swift's libraries are named by their file names
/// too, and the runtime's (built by SwiftPM) have no name of their own.
struct LinkStubs {
    /// The folder holding one stub per library, all links to one empty library.
    let folder: String

    /// Makes stubs in `folder` for every `lib*.so` in the folders that `command` (a linker
    /// command) searches and that `stubbed` accepts; nil when the linker cannot make an empty
    /// library (then the program is linked as planned).
    static func make(in folder: String, for command: [String], stubbed: (String) -> Bool) -> LinkStubs? {
        guard let linker = command.first, linker.hasSuffix("/ld.lld"),
              let machine = command.firstIndex(of: "-m").flatMap({ command.indices.contains($0 + 1) ? command[$0 + 1] : nil })
        else { return nil }
        let manager = FileManager.default
        let libraries = command.filter { $0.hasPrefix("-L") }.map { String($0.dropFirst(2)) }.filter(stubbed)
            .flatMap { searched in
                ((try? manager.contentsOfDirectory(atPath: searched)) ?? [])
                    .filter { $0.hasPrefix("lib") && $0.hasSuffix(".so") }
            }
        guard !libraries.isEmpty else { return nil }
        try? manager.removeItem(atPath: folder)
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        let place = AbsolutePath(folder)
        let empty = place.appending("empty.so").string
        // An empty linker script is the one input an empty library needs.
        let script = place.appending("empty.ld").string
        guard manager.createFile(atPath: script, contents: Data()),
              let (status, _) = try? ChildProcess(executable: linker,
                                                  arguments: ["-shared", "-m", machine, "-o", empty, script],
                                                  workingDirectory: folder).runCollectingOutput(timeout: 60),
              status == .exited(0)
        else { return nil }
        for name in Set(libraries) {
            let stub = place.appending(name).string
            if link(empty, stub) != 0 && (try? manager.copyItem(atPath: empty, toPath: stub)) == nil { return nil }
        }
        return LinkStubs(folder: folder)
    }

    /// The linker command `planned`, against the stubs: their folder searched first, every
    /// symbol bound when the program starts, undefined symbols left to the loader. A weak
    /// reference is left to the loader too (`dynamic-undefined-weak`): not finding its symbol
    /// in a stub, the linker would otherwise make it null for good.
    func command(_ planned: [String]) -> [String] {
        guard let firstSearched = planned.firstIndex(where: { $0.hasPrefix("-L") }) else { return planned }
        return Array(planned[..<firstSearched]) + ["-L" + folder, "-z", "now", "-z", "dynamic-undefined-weak"]
            + planned[firstSearched...] + ["--unresolved-symbols=ignore-all"]
    }
}
