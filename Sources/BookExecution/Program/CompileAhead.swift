import BookCore
import Foundation

/// Chapter programs compiled ahead of their chapter's turn. A build starts compiling the
/// chapter saved last as soon as it holds the book's lock and knows the toolchain, while it
/// keys the rest of the book and looks up the cache; the compile that chapter's run asks for
/// then takes this one (same work folder, same inputs) instead of starting over. A compile with
/// other inputs in that folder waits for it to end first: both write the same files.
final class CompileAhead: @unchecked Sendable {
    static let shared = CompileAhead()

    private final class Pending: @unchecked Sendable {
        let key: String
        let done = DispatchGroup()
        var result: Result<ProgramCompiler.Compiled, Error>?

        init(key: String) { self.key = key }
    }

    private let lock = NSLock()
    private var pending: [String: Pending] = [:]

    /// Starts `compile`, whose inputs `key` names, for `workDirectory`, on a thread of its own.
    /// Returns once the compiler runs (`compile` calls the function it is given as it starts
    /// it), or the compile ended: the build goes on to key the book on every core, and a
    /// compile that started beside that work waited 5-10 ms for a core. When another compile
    /// in the folder is still running, it returns at once.
    func start(workDirectory: String, key: String,
               _ compile: @escaping @Sendable (_ running: @escaping @Sendable () -> Void) throws
                   -> ProgramCompiler.Compiled) {
        let entry = Pending(key: key)
        entry.done.enter()
        lock.lock()
        let earlier = pending.updateValue(entry, forKey: workDirectory)
        lock.unlock()
        let running = DispatchSemaphore(value: earlier == nil ? 0 : 1)
        Thread {
            earlier?.done.wait()
            entry.result = Result { try compile { running.signal() } }
            running.signal()
            entry.done.leave()
        }.start()
        running.wait()
    }

    /// Waits for the compile started ahead in `workDirectory`, if one was, and gives its result
    /// when it compiled the inputs `key` names; nil when there is none to take.
    func take(workDirectory: String, key: String) -> Result<ProgramCompiler.Compiled, Error>? {
        lock.lock()
        let entry = pending.removeValue(forKey: workDirectory)
        lock.unlock()
        guard let entry else { return nil }
        entry.done.wait()
        return entry.key == key ? entry.result : nil
    }

    /// Waits for every compile started ahead: a build ends, and gives up its lock, with none
    /// running.
    func waitForAll() {
        lock.lock()
        let entries = Array(pending.values)
        pending.removeAll()
        lock.unlock()
        for entry in entries { entry.done.wait() }
    }
}
