import BookCore
import Foundation

/// Chapter programs compiled ahead of their chapter's turn. A build starts compiling the
/// chapter saved last as soon as it holds the book's lock and knows the toolchain, while it
/// keys the rest of the book and looks up the cache; `glia serve` starts compiling the chapters
/// that use a library file whose module's interface changed while the modules importing it are
/// compiled again. The compile that the chapter's run asks for then takes this one (same work
/// folder, same inputs) instead of starting over. A compile with other inputs in that folder
/// waits for it to end first: both write the same files.
final class CompileAhead: @unchecked Sendable {
    static let shared = CompileAhead()

    /// What a compile was started ahead during.
    enum Occasion: Sendable, Equatable {
        /// The build reading and keying the book: the chapter's code was edited.
        case whileKeying
        /// A rebuild of the runtime library, against the interfaces of its modules as they
        /// were when the compile started: those of the modules not compiled yet may still
        /// change (the key then differs). Only a compile that succeeded is taken: one that
        /// failed may have been linked against a library half linked (when the program is not
        /// linked against stubs), and a chapter's real error costs a second compile.
        case whileRuntimeRebuilt

        /// The end of a chapter's timing line ("; compile started ahead, …").
        var phrase: String {
            switch self {
            case .whileKeying: return "while glia read and keyed the book"
            case .whileRuntimeRebuilt: return "while the runtime library was rebuilt"
            }
        }
    }

    private final class Pending: @unchecked Sendable {
        let key: String
        let occasion: Occasion
        let done = DispatchGroup()
        var result: Result<ProgramCompiler.Compiled, Error>?

        init(key: String, occasion: Occasion) {
            self.key = key
            self.occasion = occasion
        }

        /// Whether a compile asking for `wanted` may take this one's result.
        func serves(_ wanted: String) -> Bool {
            guard key == wanted else { return false }
            if occasion == .whileKeying { return true }
            if case .success(let compiled)? = result { return compiled.termination == .exited(0) }
            return false
        }
    }

    private let lock = NSLock()
    private var pending: [String: Pending] = [:]

    /// Starts `compile`, whose inputs `key` names, for `workDirectory`, on a thread of its own.
    /// Returns once the compiler runs (`compile` calls the function it is given as it starts
    /// it), or the compile ended: the build goes on to key the book on every core, and a
    /// compile that started beside that work waited 5-10 ms for a core. When another compile
    /// in the folder is still running, it returns at once.
    func start(workDirectory: String, key: String, occasion: Occasion,
               _ compile: @escaping @Sendable (_ running: @escaping @Sendable () -> Void) throws
                   -> ProgramCompiler.Compiled) {
        let entry = Pending(key: key, occasion: occasion)
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
    /// when it compiled the inputs `key` names (and, started while the runtime was rebuilt,
    /// succeeded); nil when there is none to take.
    func take(workDirectory: String, key: String) -> Result<ProgramCompiler.Compiled, Error>? {
        lock.lock()
        let entry = pending.removeValue(forKey: workDirectory)
        lock.unlock()
        guard let entry else { return nil }
        entry.done.wait()
        guard entry.serves(key) else { return nil }
        return entry.result?.map { compiled in
            var taken = compiled
            taken.startedAhead = entry.occasion
            return taken
        }
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
