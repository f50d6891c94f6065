/// Why the site could not be written, naming the file or folder and the system's reason.
public struct SiteWriteError: Error, CustomStringConvertible, Equatable {
    public var outputDirectory: String
    /// What failed, for example "could not create folder '/x/.output.glia-new'".
    public var problem: String
    /// The operating system's reason ("Permission denied", "Not a directory"...).
    public var reason: String

    public var description: String {
        "cannot write the site to '\(outputDirectory)': \(problem): \(reason)"
    }
}
