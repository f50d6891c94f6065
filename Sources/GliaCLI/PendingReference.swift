import BookCore
import BookHTML
import Foundation

/// The API reference being made on another thread (see `BuildStages.startReference`).
final class PendingReference: @unchecked Sendable {
    /// What making it gave: the reference, its warnings, and the line the `api` stage reports.
    struct Made {
        var site: ReferenceSite?
        var warnings: [Diagnostic] = []
        var summary: String?
        var seconds: Double = 0
    }

    private let group = DispatchGroup()
    private var made = Made()

    init(_ make: @escaping @Sendable () -> Made) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            made = make()
            group.leave()
        }
    }

    /// Waits until it is made.
    func wait() -> Made {
        group.wait()
        return made
    }
}
