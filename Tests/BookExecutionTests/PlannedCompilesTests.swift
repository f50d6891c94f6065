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
    private func plan() -> RuntimeBuildPlan {
        let imports = ["GliaProtocol": [], "Canvas": [], "Figures": [], "Neural": [],
                       "CairoFigures": ["Figures", "Canvas"], "NeuralPlots": ["Neural", "Figures"],
                       "NotebookRuntime": ["Neural", "Figures", "CairoFigures", "NeuralPlots", "GliaProtocol"]]
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
        func index(_ event: String) -> Int { list.firstIndex(of: event) ?? -1 }
    }

    /// Each compile takes a moment; those in `changing` write a new interface.
    private func run(edited: Set<String>, changing: Set<String>, failing: Set<String> = [])
        -> (compiled: [String], succeeded: Bool, events: Events) {
        let events = Events()
        let interfaces = Dictionary(uniqueKeysWithValues: changing.map { ($0, interface($0)) })
        let folder = scratch.path + "/Modules"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (compiled, succeeded) = PlannedCompiles(plan: plan(), edited: edited).run(compile: { module in
            events.add("start \(module)")
            Thread.sleep(forTimeInterval: 0.3)
            if let path = interfaces[module] { try? "new \(module)".write(toFile: path, atomically: true, encoding: .utf8) }
            events.add("end \(module)")
            return !failing.contains(module)
        }, interfaceChanged: { events.add("told") })
        return (compiled, succeeded, events)
    }

    func testAnInterfaceEditCompilesItsUsersTogetherWhereTheyCanAndTellsOnceAsTheLastStartsAlone() {
        let (compiled, succeeded, events) = run(edited: ["Figures"], changing: ["Figures"])
        XCTAssertTrue(succeeded)
        XCTAssertEqual(Set(compiled), ["Figures", "NeuralPlots", "CairoFigures", "NotebookRuntime"], "\(events.list)")
        XCTAssertEqual(compiled.first, "Figures")
        XCTAssertEqual(compiled.last, "NotebookRuntime")
        // NeuralPlots and CairoFigures import Figures only (of what is stale): together.
        XCTAssertLessThan(events.index("start CairoFigures"), events.index("end NeuralPlots"), "\(events.list)")
        XCTAssertLessThan(events.index("start NeuralPlots"), events.index("end CairoFigures"), "\(events.list)")
        XCTAssertGreaterThan(events.index("start NotebookRuntime"), events.index("end NeuralPlots"), "\(events.list)")
        XCTAssertGreaterThan(events.index("start NotebookRuntime"), events.index("end CairoFigures"), "\(events.list)")
        // Told once, when NotebookRuntime (compiled whole) starts with nothing else running.
        XCTAssertEqual(events.list.filter { $0 == "told" }.count, 1, "\(events.list)")
        XCTAssertEqual(events.index("told") + 1, events.index("start NotebookRuntime"), "\(events.list)")
    }

    func testAnEditThatKeepsTheInterfaceCompilesOnlyItsModuleAndTellsNothing() {
        let (compiled, succeeded, events) = run(edited: ["Figures"], changing: [])
        XCTAssertTrue(succeeded)
        XCTAssertEqual(compiled, ["Figures"])
        XCTAssertFalse(events.list.contains("told"))
    }

    func testTheModulesImportingOneStillToCompileWaitForIt() {
        // Figures and NeuralPlots saved: NeuralPlots waits for Figures, whose interface changes;
        // the schedule tells only once both are compiled.
        let (compiled, _, events) = run(edited: ["Figures", "NeuralPlots"], changing: ["Figures"])
        XCTAssertGreaterThan(events.index("start NeuralPlots"), events.index("end Figures"), "\(events.list)")
        XCTAssertGreaterThan(events.index("told"), events.index("end NeuralPlots"), "\(events.list)")
        XCTAssertEqual(compiled.last, "NotebookRuntime")
    }

    func testAFailedCompileStartsNoOther() {
        let (compiled, succeeded, events) = run(edited: ["Figures"], changing: ["Figures"], failing: ["Figures"])
        XCTAssertFalse(succeeded)
        XCTAssertEqual(compiled, ["Figures"], "\(events.list)")
        XCTAssertFalse(events.list.contains("told"))
    }
}
