import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// A chapter program is compiled only when something it is built from changed, by the jobs
/// `swiftc -###` plans, and with the same messages as a plain `swiftc`.
final class ProgramCompilerTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glia-compile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testShellWordsAreReadAsTheShellReadsThem() {
        XCTAssertEqual(CompileJobs.shellWords("/bin/cc -o 'a b'\\''c/x' \"d \\\"e\\\" \\q\" f\\ g"),
                       ["/bin/cc", "-o", "a b'c/x", "d \"e\" \\q", "f g"])
        XCTAssertEqual(CompileJobs.shellWords("  /bin/cc   ''  -c "), ["/bin/cc", "", "-c"])
        XCTAssertNil(CompileJobs.shellWords("/bin/cc 'open"))
        XCTAssertNil(CompileJobs.shellWords("/bin/cc \"open"))
    }

    func testThePlanKeepsTheDriversTemporaryFilesInTheWorkFolder() throws {
        let plan = """
            /opt/swift/bin/swift-frontend -frontend -c -primary-file main.swift -o /tmp/TemporaryDirectory.P7ikNf/main-1.o
            /opt/swift/bin/swift-autolink-extract /tmp/TemporaryDirectory.P7ikNf/main-1.o -o /tmp/TemporaryDirectory.P7ikNf/main-2.autolink
            /opt/swift/bin/clang /tmp/TemporaryDirectory.P7ikNf/main-1.o @/tmp/TemporaryDirectory.P7ikNf/main-2.autolink -o '/w/a b/chapter'

            """
        let jobs = try XCTUnwrap(CompileJobs(plan: plan, key: "k", scratch: "/w/jobs"))
        XCTAssertEqual(jobs.commands.count, 3)
        XCTAssertEqual(jobs.commands[0].last, "/w/jobs/main-1.o")
        XCTAssertEqual(jobs.commands[1], ["/opt/swift/bin/swift-autolink-extract", "/w/jobs/main-1.o",
                                          "-o", "/w/jobs/main-2.autolink"])
        XCTAssertEqual(jobs.commands[2], ["/opt/swift/bin/clang", "/w/jobs/main-1.o", "@/w/jobs/main-2.autolink",
                                          "-o", "/w/a b/chapter"])
        XCTAssertNil(CompileJobs(plan: "", key: "k", scratch: "/w/jobs"), "no commands")
        XCTAssertNil(CompileJobs(plan: "swift-frontend -c x.swift\n", key: "k", scratch: "/w/jobs"),
                     "a command glia cannot place")
    }

    func testTheInterfaceDigestFollowsTheRuntimesModuleFiles() throws {
        try FileManager.default.createDirectory(atPath: folder + "/Modules", withIntermediateDirectories: true)
        let toolchain = Toolchain(runtimeDirectory: folder, swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        let module = folder + "/Modules/Figures.swiftmodule"
        try Data("interface 1".utf8).write(to: URL(fileURLWithPath: module))
        let first = toolchain.interfaceDigest()
        try Data("unrelated".utf8).write(to: URL(fileURLWithPath: folder + "/Modules/BookHTML.swiftmodule"))
        XCTAssertEqual(toolchain.interfaceDigest(), first, "a module chapters do not import")
        try Data("interface 2".utf8).write(to: URL(fileURLWithPath: module))
        XCTAssertNotEqual(toolchain.interfaceDigest(), first)
    }

    func testAnUnchangedProgramIsNotCompiledAgainAndKeepsItsWarnings() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let toolchain = try Toolchain.locate(memoDirectory: nil)
        let compiler = ProgramCompiler(toolchain: toolchain, workDirectory: folder)
        let (source, binary) = (folder + "/main.swift", folder + "/chapter")
        let program = "func show() {\n    var unchanged = 1\n    print(\"ran \\(unchanged)\")\n}\nshow()\n"

        let first = try compiler.compile(source: program, sourcePath: source, binaryPath: binary)
        XCTAssertEqual(first.termination, .exited(0), first.output)
        XCTAssertFalse(first.reused)
        XCTAssertTrue(first.output.contains("was never mutated"), first.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/compile-jobs.json"),
                      "the driver's plan is kept for the next compile")
        let (status, printed) = try ChildProcess(executable: binary, arguments: [], workingDirectory: folder)
            .runCollectingOutput(timeout: 60)
        XCTAssertEqual(status, .exited(0))
        XCTAssertEqual(printed, "ran 1\n")

        let second = try compiler.compile(source: program, sourcePath: source, binaryPath: binary)
        XCTAssertTrue(second.reused)
        XCTAssertEqual(second.output, first.output, "the warnings are given again")

        let plan = try JSONDecoder().decode(CompileJobs.self, from: try XCTUnwrap(
            FileManager.default.contents(atPath: folder + "/compile-jobs.json")))
        XCTAssertFalse(try XCTUnwrap(plan.commands.last?.first).hasSuffix("/clang"),
                       "the linker is called without the clang driver: \(plan.commands.last ?? [])")
        let libraries = try XCTUnwrap(FileManager.default.enumerator(atPath: folder + "/jobs")?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".autolink") })
        func librariesWritten() throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: folder + "/jobs/" + libraries)[.modificationDate] as? Date
        }
        let listed = try librariesWritten()

        let edited = try compiler.compile(source: program.replacingOccurrences(of: "1", with: "2"),
                                          sourcePath: source, binaryPath: binary)
        XCTAssertFalse(edited.reused)
        XCTAssertEqual(try librariesWritten(), listed, "same imports: the library list is not extracted again")
        XCTAssertEqual(try ChildProcess(executable: binary, arguments: [], workingDirectory: folder)
            .runCollectingOutput(timeout: 60).1, "ran 2\n")

        let broken = try compiler.compile(source: "let x: Int = \"no\"\n", sourcePath: source, binaryPath: binary)
        XCTAssertNotEqual(broken.termination, .exited(0))
        XCTAssertTrue(broken.output.contains("main.swift:1:14: error: cannot convert"), broken.output)
        let again = try compiler.compile(source: program.replacingOccurrences(of: "1", with: "2"),
                                         sourcePath: source, binaryPath: binary)
        XCTAssertFalse(again.reused, "a failed compile leaves no record that a binary is current")

        let importing = try compiler.compile(source: "import Glibc\n" + program, sourcePath: source, binaryPath: binary)
        XCTAssertEqual(importing.termination, .exited(0), importing.output)
        XCTAssertNotEqual(try librariesWritten(), listed, "a new import: the library list is extracted again")
    }

    /// Programs are linked against empty stand-ins for Swift's libraries (`LinkStubs`): they
    /// run against the real ones, a symbol none defines stops them before they start, and when
    /// the stand-ins cannot be used the program is linked against the real libraries.
    func testProgramsAreLinkedAgainstStubsOfTheLibraries() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let toolchain = try Toolchain.locate(memoDirectory: nil)
        guard toolchain.linksWithLLD else { throw XCTSkip("stubs are made with lld") }
        let compiler = ProgramCompiler(toolchain: toolchain, workDirectory: folder)
        let (source, binary) = (folder + "/main.swift", folder + "/chapter")
        func run() throws -> (ChildProcess.Termination, String) {
            try ChildProcess(executable: binary, arguments: [], workingDirectory: folder).runCollectingOutput(timeout: 60)
        }

        let first = try compiler.compile(source: "import Foundation\nprint(String(format: \"%.1f\", 2.5))\n",
                                         sourcePath: source, binaryPath: binary)
        XCTAssertEqual(first.termination, .exited(0), first.output)
        let plan = try JSONDecoder().decode(CompileJobs.self, from: try XCTUnwrap(
            FileManager.default.contents(atPath: folder + "/compile-jobs.json")))
        let stubs = try XCTUnwrap(plan.linkStubs, "stubs were made")
        let stub = try FileManager.default.attributesOfItem(atPath: stubs + "/libFoundation.so")
        XCTAssertLessThan(try XCTUnwrap(stub[.size] as? Int), 10_000, "an empty library")
        XCTAssertEqual(try run().1, "2.5\n", "it runs against the real Foundation")

        let missing = try compiler.compile(
            source: "@_silgen_name(\"glia_test_undefined\") func missing() -> Int32\nprint(\"started\")\nprint(missing())\n",
            sourcePath: source, binaryPath: binary)
        XCTAssertEqual(missing.termination, .exited(0), "linked without looking: \(missing.output)")
        let (status, printed) = try run()
        XCTAssertNotEqual(status, .exited(0))
        XCTAssertFalse(printed.contains("started"), "stopped before it started: \(printed)")
        XCTAssertTrue(CrashReport(termination: status, output: printed).message.contains("'glia_test_undefined'"),
                      CrashReport(termination: status, output: printed).message)

        try Data("not a library".utf8).write(to: URL(fileURLWithPath: stubs + "/libFoundation.so"))
        let fallback = try compiler.compile(source: "import Foundation\nprint(String(format: \"%.1f\", 3.5))\n",
                                            sourcePath: source, binaryPath: binary)
        XCTAssertEqual(fallback.termination, .exited(0), "linked against the real libraries: \(fallback.output)")
        XCTAssertEqual(try run().1, "3.5\n")
    }

    func testADamagedPlanIsMadeAgain() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let toolchain = try Toolchain.locate(memoDirectory: nil)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: folder + "/compile-jobs.json"))
        let compiled = try ProgramCompiler(toolchain: toolchain, workDirectory: folder)
            .compile(source: "print(3)\n", sourcePath: folder + "/main.swift", binaryPath: folder + "/chapter")
        XCTAssertEqual(compiled.termination, .exited(0), compiled.output)
        let saved = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/compile-jobs.json"))
        XCTAssertNoThrow(try JSONDecoder().decode(CompileJobs.self, from: saved))
    }

    /// The driver leaves an empty folder in `$TMPDIR` each time it only prints a plan: a build
    /// must not leave one per planned chapter (thousands over a book's life).
    func testPlanningLeavesNothingInTheSystemsTemporaryFolder() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let toolchain = try Toolchain.locate(memoDirectory: nil)
        let system = folder + "/system-temporary"
        try FileManager.default.createDirectory(atPath: system, withIntermediateDirectories: true)
        let saved = ProcessInfo.processInfo.environment["TMPDIR"]
        setenv("TMPDIR", system, 1)
        defer { if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") } }
        let work = folder + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let compiled = try ProgramCompiler(toolchain: toolchain, workDirectory: work)
            .compile(source: "print(4)\n", sourcePath: work + "/main.swift", binaryPath: work + "/chapter")
        XCTAssertEqual(compiled.termination, .exited(0), compiled.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/compile-jobs.json"), "it was planned")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: system), [])
    }

    /// A compile started ahead is taken by the compile asking for the same program; one asking
    /// for another program waits for it to end (same folder), then compiles its own.
    func testACompileStartedAheadIsTakenByACompileOfTheSameProgram() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let compiler = ProgramCompiler(toolchain: try Toolchain.locate(memoDirectory: nil), workDirectory: folder)
        let (source, binary) = (folder + "/main.swift", folder + "/chapter")
        func output() throws -> String {
            try ChildProcess(executable: binary, arguments: [], workingDirectory: folder).runCollectingOutput(timeout: 60).1
        }

        compiler.compileAhead(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
        let taken = try compiler.compile(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
        XCTAssertEqual(taken.startedAhead, .whileKeying)
        XCTAssertFalse(taken.reused)
        XCTAssertEqual(try output(), "ahead\n")

        compiler.compileAhead(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
        let upToDate = try compiler.compile(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
        XCTAssertTrue(upToDate.reused, "a binary already built from the program is not compiled ahead")
        XCTAssertNil(upToDate.startedAhead)
        try FileManager.default.removeItem(atPath: binary)
        compiler.compileAhead(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
        XCTAssertNil(try compiler.compile(source: "print(\"ahead\")\n", sourcePath: source, binaryPath: binary)
            .startedAhead, "the program last compiled here is not compiled ahead (only the library may differ)")

        compiler.compileAhead(source: "print(\"guessed\")\n", sourcePath: source, binaryPath: binary)
        let other = try compiler.compile(source: "print(\"wanted\")\n", sourcePath: source, binaryPath: binary)
        XCTAssertNil(other.startedAhead)
        XCTAssertEqual(other.termination, .exited(0), other.output)
        XCTAssertEqual(try output(), "wanted\n")

        compiler.compileAhead(source: "let x: Int = \"no\"\n", sourcePath: source, binaryPath: binary)
        let failed = try compiler.compile(source: "let x: Int = \"no\"\n", sourcePath: source, binaryPath: binary)
        XCTAssertEqual(failed.startedAhead, .whileKeying, "a failed compile is taken too, not run again")
        XCTAssertTrue(failed.output.contains("error: cannot convert"), failed.output)
    }

    /// While the runtime is rebuilt, the program last compiled here is compiled ahead too (the
    /// library's interface changed), and only a compile that succeeded is taken: one that failed
    /// may have read a library half linked, so the chapter's own compile runs again.
    func testACompileStartedWhileTheRuntimeRebuildsIsTakenOnlyWhenItSucceeded() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let compiler = ProgramCompiler(toolchain: try Toolchain.locate(memoDirectory: nil), workDirectory: folder)
        let (source, binary) = (folder + "/main.swift", folder + "/chapter")
        let program = "print(\"again\")\n"
        XCTAssertNil(try compiler.compile(source: program, sourcePath: source, binaryPath: binary).startedAhead)
        try FileManager.default.removeItem(atPath: binary)
        compiler.compileAhead(source: program, sourcePath: source, binaryPath: binary, occasion: .whileRuntimeRebuilt)
        let taken = try compiler.compile(source: program, sourcePath: source, binaryPath: binary)
        XCTAssertEqual(taken.startedAhead, .whileRuntimeRebuilt)
        XCTAssertEqual(taken.termination, .exited(0), taken.output)

        let broken = "let x: Int = \"no\"\n"
        compiler.compileAhead(source: broken, sourcePath: source, binaryPath: binary, occasion: .whileRuntimeRebuilt)
        let compiledAgain = try compiler.compile(source: broken, sourcePath: source, binaryPath: binary)
        XCTAssertNil(compiledAgain.startedAhead, "a failed compile started while the runtime rebuilt is not taken")
        XCTAssertTrue(compiledAgain.output.contains("error: cannot convert"), compiledAgain.output)
    }

    /// A compile started while the runtime rebuilds, during which a module's interface changed,
    /// is not recorded as built from the interfaces it started with: a later build whose
    /// interfaces are those again compiles the program anew.
    func testACompileDuringWhichAnInterfaceChangedIsNotRecorded() throws {
        guard ExecutableSearch.find("swiftc") != nil else { throw XCTSkip("needs swiftc") }
        let real = try Toolchain.locate(memoDirectory: nil)
        // A runtime folder whose Figures interface the test writes; the program imports nothing.
        let runtime = folder + "/runtime"
        try FileManager.default.createDirectory(atPath: runtime + "/Modules", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: runtime + "/" + Toolchain.runtimeLibrary,
            withDestinationPath: real.runtimeDirectory + "/" + Toolchain.runtimeLibrary)
        let interface = URL(fileURLWithPath: runtime + "/Modules/Figures.swiftmodule")
        try Data("interface 1".utf8).write(to: interface)
        let toolchain = Toolchain(runtimeDirectory: runtime, swiftc: real.swiftc, compilerVersion: real.compilerVersion,
                                  runtimeFingerprint: "test")
        let work = folder + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let compiler = ProgramCompiler(toolchain: toolchain, workDirectory: work)
        let (source, binary, program) = (work + "/main.swift", work + "/chapter", "print(\"moved\")\n")

        XCTAssertTrue(compiler.compileAhead(source: program, sourcePath: source, binaryPath: binary,
                                            occasion: .whileRuntimeRebuilt))
        // The compiler runs now: a dependent module's compile writes another interface.
        try Data("interface 2".utf8).write(to: interface)
        CompileAhead.shared.waitForAll()
        try Data("interface 1".utf8).write(to: interface)
        let compiled = try compiler.compile(source: program, sourcePath: source, binaryPath: binary)
        XCTAssertFalse(compiled.reused, "the binary may have been compiled against interface 2")
        XCTAssertEqual(compiled.termination, .exited(0), compiled.output)
    }
}
