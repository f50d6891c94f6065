/// Why the site could not be written, naming the file or folder and the system's reason.
public struct SiteWriteError: Error, CustomStringConvertible, Equatable {
    public var outputDirectory: String
    /// What failed, for example "could not create folder '/x/.output.glia-new'".
    public var problem: String
    /// The operating system's reason ("Permission denied", "Not a directory"...).
    public var reason: String
    /// Set when glia refused to touch the folder at all; the whole message.
    public var refusal: String?

    public init(outputDirectory: String, problem: String, reason: String) {
        self.outputDirectory = outputDirectory
        self.problem = problem
        self.reason = reason
    }

    /// glia may not replace the output folder (see `BookLayout.outputFolderProblem`).
    public init(refusal: String) {
        self.init(outputDirectory: "", problem: "", reason: "")
        self.refusal = refusal
    }

    public var description: String {
        refusal ?? "cannot write the site to '\(outputDirectory)': \(problem): \(reason)"
    }
}
