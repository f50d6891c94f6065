import BookCore

/// What happened to one chapter in the execute stage: the one value the later stages read.
public enum ChapterOutcome: Sendable, Equatable {
    /// Cached results were still valid; `notes` say what changed that needed no run.
    case reused(ChapterResult, notes: [String] = [])
    /// The chapter ran, for these reasons (the `--explain` words); `previous` is what its last
    /// stored run gave, if there was one (to say which numbers changed).
    case ran(ChapterResult, reasons: [String], previous: ChapterResult?)
    /// The chapter has no cells and no inline values.
    case nothingToRun(ChapterResult)
    /// The chapter failed; its diagnostics went to the build's diagnostic engine.
    case failed

    /// The results the page shows, unless the chapter failed.
    public var result: ChapterResult? {
        switch self {
        case .reused(let result, _), .ran(let result, _, _), .nothingToRun(let result): return result
        case .failed: return nil
        }
    }
}

/// Every chapter's outcome, by slug: what the execute stage hands to the render stage.
public struct ExecutedBook: Sendable {
    public var outcomes: [String: ChapterOutcome]

    public init(outcomes: [String: ChapterOutcome]) {
        self.outcomes = outcomes
    }

    /// Results by chapter slug, for the chapters that have them.
    public var results: [String: ChapterResult] { outcomes.compactMapValues(\.result) }

    public var ranCount: Int { outcomes.values.filter { if case .ran = $0 { true } else { false } }.count }
    public var reusedCount: Int { outcomes.values.filter { if case .reused = $0 { true } else { false } }.count }
    public var failedCount: Int { outcomes.values.filter { $0 == .failed }.count }
}
