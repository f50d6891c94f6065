import Foundation

/// Finds a program on `PATH` (compilers, `node`, Chromium), as a shell would.
public enum ExecutableSearch {
    /// The first of `names` found executable in a `PATH` folder (names tried in order, each
    /// through every folder), or nil.
    public static func find(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
