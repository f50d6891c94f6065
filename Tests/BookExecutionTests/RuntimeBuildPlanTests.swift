import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// glia serve's shortcut reads SwiftPM's plan of the runtime's build: each module's compile,
/// in an order where a module comes after those it imports, and the library's link; a plan
/// older than the manifest, or missing a module, is not used.
final class RuntimeBuildPlanTests: XCTestCase {
    private let scratch = ScratchFolder("glia-plan")
    private var root: String { scratch.path }

    override func setUpWithError() throws {
        try write("let package = Package(products: [.library(name: \"NotebookRuntime\")])", to: "Package.swift")
        try FileManager.default.createDirectory(atPath: root + "/Sources/NotebookRuntime",
                                                withIntermediateDirectories: true)
    }

    override func tearDown() {
        scratch.remove()
    }

    private func write(_ text: String, to path: String) throws {
        try scratch.write(text, to: path)
    }

    private func interface(_ module: String) -> String { "\(root)/.build/release/Modules/\(module).swiftmodule" }

    /// A compile as SwiftPM writes it: `imports` are the modules whose interfaces it reads. The
    /// plot modules are compiled file by file, as Package.swift asks after SwiftPM's own flags.
    private func compile(_ module: String, imports: [String]) -> String {
        let inputs = ["\(root)/Sources/\(module)/\(module).swift"] + imports.map(interface)
        let arguments = ["/usr/bin/swiftc", "-module-name", module, "-emit-module-path", interface(module),
                         "-whole-module-optimization", "-parseable-output"]
            + (ObjectsSetAside.incrementalModules.contains(module) ? ["-no-whole-module-optimization", "-incremental"] : [])
        return """
              "C.\(module)-x86_64-unknown-linux-gnu-release.module":
                tool: shell
                inputs: \(json(inputs))
                outputs: ["\(root)/.build/release/\(module).build/\(module).swift.o"]
                description: "Compiling Swift Module '\(module)' (1 sources)"
                args: \(json(arguments))

            """
    }

    private func json(_ list: [String]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: list, options: [.withoutEscapingSlashes]),
               as: UTF8.self)
    }

    private var imports: [String: [String]] {
        ["GliaProtocol": [], "Canvas": [], "Figures": [], "Neural": [], "CairoFigures": ["Figures", "Canvas"],
         "NeuralPlots": ["Neural", "Figures"],
         "NotebookRuntime": ["Neural", "Figures", "CairoFigures", "NeuralPlots", "GliaProtocol"]]
    }

    private func writePlan(leaving omitted: String? = nil) throws {
        var text = "client:\n  name: basic\ntools: {}\ntargets:\n  \"main\": [\"<x>\"]\ncommands:\n"
        for (module, used) in imports.sorted(by: { $0.key < $1.key }) where module != omitted {
            text += compile(module, imports: used)
        }
        text += """
              "C.NotebookRuntime-x86_64-unknown-linux-gnu-release.dylib":
                tool: shell
                inputs: ["\(root)/.build/release/Figures.build/Figures.swift.o"]
                outputs: ["\(root)/.build/release/libNotebookRuntime.so"]
                description: "Linking libNotebookRuntime.so"
                args: ["/usr/bin/swiftc","-o","\(root)/.build/release/libNotebookRuntime.so","-emit-library"]

              "<main>":
                tool: phony
                inputs: ["<x>"]
                outputs: ["<main>"]

            """
        try write(text, to: ".build/release.yaml")
    }

    private func read() -> RuntimeBuildPlan? {
        RuntimeBuildPlan.read(package: RuntimePackage(root: AbsolutePath(root)),
                              scratch: AbsolutePath(root).appending(".build"))
    }

    func testEveryModuleComesAfterTheModulesItImportsAndItsUsersAreKnown() throws {
        try writePlan()
        let plan = try XCTUnwrap(read())
        XCTAssertEqual(Set(plan.buildOrder), Set(RuntimePackage.swiftModules))
        for (module, used) in imports {
            let position = try XCTUnwrap(plan.buildOrder.firstIndex(of: module))
            for imported in used {
                XCTAssertLessThan(try XCTUnwrap(plan.buildOrder.firstIndex(of: imported)), position,
                                  "\(imported) before \(module) in \(plan.buildOrder)")
            }
        }
        // The plot modules are compiled file by file (the last of SwiftPM's and Package.swift's flags).
        XCTAssertEqual(plan.compiles.filter { !$0.value.isWholeModule }.keys.sorted(), ["Figures", "NeuralPlots"])
        XCTAssertEqual(Set(plan.users(of: "Figures")), ["CairoFigures", "NeuralPlots", "NotebookRuntime"])
        XCTAssertEqual(plan.users(of: "NotebookRuntime"), [])
        let figures = try XCTUnwrap(plan.compiles["Figures"])
        XCTAssertEqual(figures.interface, interface("Figures"))
        XCTAssertEqual(figures.sources, ["\(root)/Sources/Figures/Figures.swift"])
        XCTAssertEqual(figures.command.arguments.first, "/usr/bin/swiftc")
        XCTAssertEqual(plan.link.arguments.last, "-emit-library")
    }

    func testAPlanOlderThanTheManifestOrMissingAModuleIsNotUsed() throws {
        try writePlan(leaving: "NeuralPlots")
        XCTAssertNil(read(), "a module without its compile")
        try writePlan()
        XCTAssertNotNil(read())
        // The manifest saved after the plan was made: the plan may not describe it.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: root + "/Package.swift")
        XCTAssertNil(read())
    }

    /// The plan's world on disk: each module's one source, its interface, the library.
    private func writeBuiltPackage() throws -> RuntimeBuildPlan {
        try writePlan()
        for module in imports.keys {
            try write("// \(module)", to: "Sources/\(module)/\(module).swift")
            try write("interface", to: ".build/release/Modules/\(module).swiftmodule")
        }
        try write("library", to: ".build/release/libNotebookRuntime.so")
        return try XCTUnwrap(read())
    }

    private var package: RuntimePackage { RuntimePackage(root: AbsolutePath(root)) }

    private func stale(_ plan: RuntimeBuildPlan, changed: [String] = [], since: Date) -> Set<String>? {
        plan.staleModules(in: package, files: package.sourceFiles(), changed: changed,
                          since: since.timeIntervalSince1970)
    }

    func testTheModulesToCompileAreThoseWithSwiftFilesSavedSinceTheLastBuildBegan() throws {
        let plan = try writeBuiltPackage()
        let lastBuild = Date().addingTimeInterval(1)
        XCTAssertEqual(stale(plan, since: lastBuild), [], "nothing saved since")
        let later = Date().addingTimeInterval(2)
        try FileManager.default.setAttributes([.modificationDate: later],
                                              ofItemAtPath: root + "/Sources/Figures/Figures.swift")
        XCTAssertEqual(stale(plan, since: lastBuild), ["Figures"])
        // Reported as changed, though older than the build (copied with its time).
        XCTAssertEqual(stale(plan, changed: ["Sources/Neural/Neural.swift"], since: lastBuild), ["Figures", "Neural"])
    }

    func testWhatThePlanCannotCoverIsLeftToSwiftBuild() throws {
        var plan = try writeBuiltPackage()
        let lastBuild = Date().addingTimeInterval(-60)
        try write("int glue(void);", to: "Sources/CPNG/glue.c")
        XCTAssertNil(stale(plan, since: lastBuild), "C code")
        try FileManager.default.removeItem(atPath: root + "/Sources/CPNG/glue.c")
        XCTAssertNotNil(stale(plan, since: lastBuild))
        try write("0 1 2", to: "Sources/Neural/Data/digits.txt")
        XCTAssertNil(stale(plan, since: lastBuild), "a resource")
        try FileManager.default.removeItem(atPath: root + "/Sources/Neural/Data/digits.txt")
        try write("// new", to: "Sources/Figures/New.swift")
        XCTAssertNil(stale(plan, since: lastBuild), "a Swift file the plan does not know")
        try FileManager.default.removeItem(atPath: root + "/Sources/Figures/New.swift")
        try FileManager.default.removeItem(atPath: root + "/Sources/Figures/Figures.swift")
        XCTAssertNil(stale(plan, changed: ["Sources/Figures/Figures.swift"], since: lastBuild), "a file removed")
        plan = try writeBuiltPackage()
        XCTAssertEqual(stale(plan, since: Date().addingTimeInterval(60)), [])
        try FileManager.default.removeItem(atPath: root + "/.build/release/libNotebookRuntime.so")
        XCTAssertNil(stale(plan, since: Date().addingTimeInterval(60)), "the build folder deleted")
    }

    func testACommandWhoseListsAreNotJSONIsLeftOut() {
        let commands = RuntimeBuildPlan.shellCommands(in: """
            commands:
              "C.A":
                tool: shell
                inputs: ["a.swift"]
                outputs: ["a.o"]
                args: ["swiftc", "a.swift"]

              "C.B":
                tool: shell
                inputs: [a.swift, 'b']
                outputs: ["b.o"]
                args: ["swiftc"]
              "C.P":
                tool: phony
                inputs: ["x"]
                args: ["y"]
            """)
        XCTAssertEqual(Array(commands.keys), ["C.A"])
        XCTAssertEqual(commands["C.A"]?.arguments, ["swiftc", "a.swift"])
        XCTAssertEqual(commands["C.A"]?.inputs, ["a.swift"])
        XCTAssertEqual(commands["C.A"]?.outputs, ["a.o"])
    }
}
