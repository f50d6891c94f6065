import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// A planned rebuild compiles each stale module once the modules it imports are compiled,
/// several at once, and makes the users of a changed interface stale; it tells of a changed
/// interface once, as a whole-module compile starts alone.
final class PlannedCompilesTests: XCTestCase {
    private let scratch = ScratchFolder("glia-planned-compiles")

    override func tearDown() {
        scratch.remove()
    }

    private func interface(_ module: String) -> String { scratch.path + "/Modules/\(module).swiftmodule" }

    /// The runtime's modules as Package.swift builds them: the plot modules file by file.
    /// - Parameter extraImports: imports a broken plan adds.
    private func plan(extraImports: [String: [String]] = [:]) -> RuntimeBuildPlan {
        let imports = ["GliaProtocol": [], "Canvas": [], "Figures": [], "Neural": [],
                       "CairoFigures": ["Figures", "Canvas"], "NeuralPlots": ["Neural", "Figures"],
                       "NotebookRuntime": ["Neural", "Figures", "CairoFigures", "NeuralPlots", "GliaProtocol"]]
            .merging(extraImports) { planned, extra in planned + extra }
        var compiles: [String: RuntimeBuildPlan.ModuleCompile] = [:]
        for (module, used) in imports {
            let mode = ObjectsSetAside.incrementalModules.contains(module)
                ? ["-whole-module-optimization", "-no-whole-module-optimization"] : ["-whole-module-optimization"]
            compiles[module] = .init(command: .init(arguments: ["swiftc"] + mode, inputs: used.map(interface), outputs: []),
                                     interface: interface(module), sources: [])
        }
        let order = ["Canvas", "Figures", "GliaProtocol", "Neural", "NeuralPlots", "CairoFigures", "NotebookRuntime"]
        return RuntimeBuildPlan(compiles: compiles, link: .init(arguments: [], inputs: [], outputs: []),
                                buildOrder: order)
    }

    /// What the compiles did, in order: "start X", "end X", "told".
    private final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var list: [String] = []
        func add(_ event: String) {
            lock.lock()
            list.append(event)
            lock.unlock()
        }
        func index(_ event: String) throws -> Int {
            try XCTUnwrap(list.firstIndex(of: event), "\(event) in \(list)")
        }
    }

    /// Compiles that must run at the same time: each waits (5 s at most) for the others to start.
    private final class Together: @unchecked Sendable {
        private let condition = NSCondition()
        private var arrived: Set<String> = []
        let modules: Set<String>
        init(_ modules: Set<String>) { self.modules = modules }

        /// Whether every one of `modules` started while `module` waited.
        func meet(_ module: String) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            arrived.insert(module)
            condition.broadcast()
            let deadline = Date().addingTimeInterval(5)
            while !modules.isSubset(of: arrived) {
                if !condition.wait(until: deadline) { return false }
            }
            return true
        }
    }

    /// Each compile takes a moment; those in `changing` write a new interface, those in
    /// `failing` fail, those in `together` wait for one another.
    private func run(edited: Set<String>, changing: Set<String>, failing: Set<String> = [],
                     together: Set<String> = []) -> (outcome: PlannedCompiles.Outcome, events: Events) {
        let events = Events()
        let meeting = Together(together)
        let interfaces = Dictionary(uniqueKeysWithValues: changing.map { ($0, interface($0)) })
        try? FileManager.default.createDirectory(atPath: scratch.path + "/Modules", withIntermediateDirectories: true)
        let outcome = PlannedCompiles(plan: plan(), edited: edited).run(compile: { module in
            events.add("start \(module)")
            if together.contains(module) && !meeting.meet(module) { events.add("alone \(module)") }
            Thread.sleep(forTimeInterval: 0.05)
            if let path = interfaces[module] { try? "new \(module)".write(toFile: path, atomically: true, encoding: .utf8) }
            events.add("end \(module)")
            return !failing.contains(module)
        }, interfaceChanged: { events.add("told") })
        return (outcome, events)
    }

    func testAnInterfaceEditCompilesItsUsersTogetherWhereTheyCanAndTellsOnceAsTheLastStartsAlone() throws {
        let (outcome, events) = run(edited: ["Figures"], changing: ["Figures"], together: ["NeuralPlots", "CairoFigures"])
        guard case .compiled(let compiled) = outcome else { return XCTFail("\(outcome) \(events.list)") }
        XCTAssertEqual(compiled.count, 4, "\(events.list)")
        XCTAssertEqual(Set(compiled), ["Figures", "NeuralPlots", "CairoFigures", "NotebookRuntime"])
        XCTAssertEqual(compiled.first, "Figures")
        XCTAssertEqual(compiled.last, "NotebookRuntime")
        // NeuralPlots and CairoFigures import Figures only (of what is stale): together.
        XCTAssertFalse(events.list.contains { $0.hasPrefix("alone") }, "\(events.list)")
        XCTAssertGreaterThan(try events.index("start NotebookRuntime"), try events.index("end NeuralPlots"))
        XCTAssertGreaterThan(try events.index("start NotebookRuntime"), try events.index("end CairoFigures"))
        // Told once, as NotebookRuntime (compiled whole, imported by none) runs alone.
        XCTAssertEqual(events.list.filter { $0 == "told" }.count, 1, "\(events.list)")
        XCTAssertGreaterThan(try events.index("told"), try events.index("end NeuralPlots"))
        XCTAssertLessThan(try events.index("told"), try events.index("end NotebookRuntime"))
    }

    func testAnEditThatKeepsTheInterfaceCompilesOnlyItsModuleAndTellsNothing() {
        let (outcome, events) = run(edited: ["Figures"], changing: [])
        XCTAssertEqual(outcome, .compiled(["Figures"]))
        XCTAssertFalse(events.list.contains("told"))
    }

    func testAModuleWaitsForEveryModuleItImportsThroughOthers() throws {
        // Canvas's interface changes, then CairoFigures' does: NotebookRuntime, which imports
        // Canvas only through CairoFigures, waits for both and compiles once.
        let (outcome, events) = run(edited: ["Canvas", "NotebookRuntime"], changing: ["Canvas", "CairoFigures"])
        XCTAssertEqual(outcome, .compiled(["Canvas", "CairoFigures", "NotebookRuntime"]), "\(events.list)")
        XCTAssertGreaterThan(try events.index("start NotebookRuntime"), try events.index("end CairoFigures"))
        // NotebookRuntime was edited: told only once it is compiled, before the link.
        XCTAssertEqual(events.list.last, "told")
    }

    func testAFailedCompileStartsNoOtherAndTheRunningOnesEnd() throws {
        let (outcome, events) = run(edited: ["Figures"], changing: ["Figures"], failing: ["CairoFigures"],
                                    together: ["NeuralPlots", "CairoFigures"])
        XCTAssertEqual(outcome, .failed)
        XCTAssertNoThrow(try events.index("end NeuralPlots"))
        XCTAssertFalse(events.list.contains("start NotebookRuntime"), "\(events.list)")
        XCTAssertFalse(events.list.contains("told"))
    }

    func testAModuleIsNotItsOwnImportAndACycleIsLeftToSwiftBuild() {
        func outcome(_ plan: RuntimeBuildPlan, _ edited: Set<String>) -> PlannedCompiles.Outcome {
            PlannedCompiles(plan: plan, edited: edited).run(compile: { _ in true }, interfaceChanged: {})
        }
        XCTAssertEqual(outcome(plan(extraImports: ["Figures": ["Figures"]]), ["Figures"]), .compiled(["Figures"]))
        let cycle = plan(extraImports: ["Canvas": ["CairoFigures"]])
        XCTAssertEqual(outcome(cycle, ["Canvas"]), .compiled(["Canvas"]))
        XCTAssertEqual(outcome(cycle, ["Canvas", "CairoFigures"]), .stuck, "each waits for the other")
    }
}
