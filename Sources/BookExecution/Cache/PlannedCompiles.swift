import BookCore
import Foundation

/// The module compiles of a rebuild from SwiftPM's plan (`RuntimeBuildPlan`), run the way
/// llbuild runs them for `swift build`: each as soon as no module it imports, directly or
/// through another, is still to be compiled, several at once. A module whose interface changed
/// makes the modules importing it stale too. After an interface edit in Figures, NeuralPlots
/// (compiled file by file, on both cores) and CairoFigures (compiled whole, on one) compile
/// together, as under `swift build`; run one after the other they took 0.5 s more.
public struct PlannedCompiles {
    public let plan: RuntimeBuildPlan
    /// The modules holding saved files: compiled whatever happens to the interfaces.
    public let edited: Set<String>

    public init(plan: RuntimeBuildPlan, edited: Set<String>) {
        self.plan = plan
        self.edited = edited
    }

    /// How the compiles went.
    public enum Outcome: Equatable {
        /// Every stale module compiled; the modules, in the order their compiles ended.
        case compiled([String])
        /// A compile failed (its errors are reported); the others started before it ended.
        case failed
        /// A stale module could never start: the plan has a module importing itself, or a
        /// cycle. `swift build` knows what to do with it.
        case stuck
    }

    /// Runs the compiles (none starts after one failed).
    /// - Parameters:
    ///   - compile: runs one module's compile, on a thread of its own; false if it failed.
    ///   - interfaceChanged: called at most once, when a module's interface changed and every
    ///     edited module is compiled, just after a whole-module compile that no module still to
    ///     compile imports starts alone (so that its interface cannot void the work), or else
    ///     at the end: work that needs the new interfaces, such as chapter programs compiled
    ///     ahead, can start then, mostly on the core that compile leaves idle. It must return
    ///     at once: the compiles that end meanwhile wait for it to start the next ones.
    public func run(compile: @escaping @Sendable (String) -> Bool, interfaceChanged: () -> Void) -> Outcome {
        let state = State(stale: edited)
        let importedByModule = Dictionary(uniqueKeysWithValues: plan.buildOrder.map { ($0, importedModules(of: $0)) })
        var told = false
        func tell() {
            guard state.interfaceMoved, !told, edited.isSubset(of: state.finished) else { return }
            told = true
            interfaceChanged()
        }
        state.condition.lock()
        while true {
            for module in plan.buildOrder where !state.failed && state.isWaiting(module)
                && importedByModule[module, default: []].allSatisfy({ !state.isToCompile($0) }) {
                start(module, in: state, compile: compile)
            }
            if state.running.count == 1, let alone = state.running.first, plan.compiles[alone]!.isWholeModule,
               plan.users(of: alone).allSatisfy(state.finished.contains) {
                tell()
            }
            if state.running.isEmpty { break }
            state.condition.wait()
        }
        state.condition.unlock()
        if state.failed { return .failed }
        guard state.stale.isSubset(of: state.finished) else { return .stuck }
        tell()
        return .compiled(state.order)
    }

    /// Starts compiling `module` on a thread of its own; called with `state.condition` locked.
    private func start(_ module: String, in state: State, compile: @escaping @Sendable (String) -> Bool) {
        let interface = plan.compiles[module]!.interface
        let users = plan.users(of: module)
        state.running.insert(module)
        let interfaceBefore = FileStamp(of: interface)
        Thread {
            let succeeded = compile(module)
            let interfaceMoved = FileStamp(of: interface) != interfaceBefore
            state.condition.lock()
            state.finish(module, succeeded: succeeded, makingStale: interfaceMoved ? users : [])
            state.condition.signal()
            state.condition.unlock()
        }.start()
    }

    /// The modules whose interfaces `module` reads, directly or through another (itself never).
    private func importedModules(of module: String) -> Set<String> {
        var found: Set<String> = []
        var pending = [module]
        while let next = pending.popLast() {
            for other in plan.imports(of: next) where other != module && found.insert(other).inserted {
                pending.append(other)
            }
        }
        return found
    }

    /// What the schedule knows, guarded by `condition`.
    private final class State: @unchecked Sendable {
        let condition = NSCondition()
        var stale: Set<String>
        var running: Set<String> = []
        var finished: Set<String> = []
        var order: [String] = []
        var failed = false
        var interfaceMoved = false

        init(stale: Set<String>) { self.stale = stale }

        /// Stale, neither running nor compiled.
        func isWaiting(_ module: String) -> Bool {
            stale.contains(module) && !running.contains(module) && !finished.contains(module)
        }

        /// Stale and not compiled yet: the modules importing it wait for it.
        func isToCompile(_ module: String) -> Bool {
            stale.contains(module) && !finished.contains(module)
        }

        func finish(_ module: String, succeeded: Bool, makingStale users: [String]) {
            running.remove(module)
            finished.insert(module)
            order.append(module)
            failed = failed || !succeeded
            if !users.isEmpty {
                interfaceMoved = true
                stale.formUnion(users)
            }
        }
    }
}
