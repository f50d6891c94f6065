import XCTest
import BookCore
@testable import BookExecution

final class SupportTests: XCTestCase {
    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
        XCTAssertEqual(hasher.finalize(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A hasher copied half way is a value of its own: updating one leaves the other as it was.
    func testSHA256CopiesAreIndependent() {
        var first = SHA256()
        first.update("ab")
        var second = first
        first.update("c")
        second.update("d")
        XCTAssertEqual(first.finalize(), SHA256.hex("abc"))
        XCTAssertEqual(second.finalize(), SHA256.hex("abd"))
        var buffer = [UInt8](repeating: 7, count: 1_000_003)
        var whole = SHA256()
        whole.update(buffer)
        var pieces = SHA256()
        buffer.withUnsafeBytes { bytes in
            for start in stride(from: 0, to: bytes.count, by: 4093) {
                pieces.update(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + 4093, bytes.count)]))
            }
        }
        XCTAssertEqual(whole.finalize(), pieces.finalize())
        buffer[0] = 8
        XCTAssertNotEqual(SHA256.hex(""), { var h = SHA256(); h.update(buffer); return h.finalize() }())
    }

    /// A file's digest, read in blocks, is its bytes' digest (across block boundaries too).
    func testSHA256OfAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glia-sha-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<(3 << 17) + 5).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var whole = SHA256()
        whole.update(bytes)
        XCTAssertEqual(SHA256.ofFile(atPath: path), whole.finalize())
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(SHA256.ofFile(atPath: path), SHA256.hex(""))
        XCTAssertNil(SHA256.ofFile(atPath: path + "-missing"))
    }

    func testCompilerOutputBecomesDiagnosticsWithDetails() {
        let output = CompilerOutput("""
        chapters/01-x.md:8:18: error: cannot convert value of type 'String' to specified type 'Int'
        let count: Int = "three"
                         ^~~~~~~
        /tmp/main.swift:3:1: warning: unused
        """)
        XCTAssertEqual(output.diagnostics.map(\.description), [
            "chapters/01-x.md:8:18: error: cannot convert value of type 'String' to specified type 'Int'\n"
                + "    let count: Int = \"three\"\n    " + String(repeating: " ", count: 17) + "^~~~~~~",
            "/tmp/main.swift:3:1: warning: unused",
        ])
    }

    func testSlowTypeCheckingWarningSaysHowToFixIt() {
        let output = CompilerOutput("""
        chapters/07-x.md:91:22: warning: expression took 6236ms to type-check (limit: 1000ms)
        """)
        let warning = output.diagnostics[0]
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location?.line, 91)
        XCTAssertTrue(warning.message.hasPrefix("expression took 6236ms to type-check"))
        XCTAssertTrue(warning.message.contains("explicit types"), warning.message)
    }

    func testChapterCompilesAskForSlowTypeCheckingWarnings() {
        let toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        let arguments = toolchain.compileArguments(source: "main.swift", output: "chapter")
        XCTAssertTrue(arguments.contains("-warn-long-expression-type-checking=1000"), "\(arguments)")
    }

    /// Swift's Linux toolchains ship lld beside swiftc; chapters link with it when it is there.
    func testChaptersLinkWithLLDWhenTheToolchainShipsIt() throws {
        var toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        XCTAssertFalse(toolchain.compileArguments(source: "main.swift", output: "chapter").contains("-use-ld=lld"))
        toolchain.linksWithLLD = true
        XCTAssertTrue(toolchain.compileArguments(source: "main.swift", output: "chapter").contains("-use-ld=lld"))
        guard let swiftc = ExecutableSearch.find("swiftc") else { throw XCTSkip("needs swiftc") }
        let folder = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
        let located = try Toolchain.locate(memoDirectory: nil)
        XCTAssertEqual(located.linksWithLLD,
                       FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("ld.lld").path))
    }

    /// A chapter program (or the compiler) gets standard input, output and error, and nothing
    /// else glia has open: a descriptor opened without O_CLOEXEC, as the build lock once was,
    /// would be held by any process the program leaves running.
    func testChildProcessesInheritOnlyTheStandardDescriptors() throws {
        let opened = open("/dev/null", O_RDONLY)
        let leaked = fcntl(opened, F_DUPFD, 100)  // a number the child's shell will not use itself
        close(opened)
        XCTAssertGreaterThanOrEqual(leaked, 100)
        defer { close(leaked) }
        let (status, printed) = try ChildProcess(
            executable: "/bin/sh",
            arguments: ["-c", "for fd in 0 1 2 \(leaked); do [ -e /proc/$$/fd/$fd ] && echo open $fd; done; true"],
            workingDirectory: "/").runCollectingOutput(timeout: 10)
        XCTAssertEqual(status, .exited(0))
        XCTAssertEqual(printed, "open 0\nopen 1\nopen 2\n", "the child must not inherit descriptor \(leaked)")
    }

    /// Tools that leave files in `$TMPDIR` (`swift build`, the driver) get a folder of their
    /// own, gone when they end; the system's is left as it was.
    func testExternalCommandsLeaveNothingInTheSystemsTemporaryFolder() throws {
        let system = FileManager.default.temporaryDirectory.appendingPathComponent("glia-tmp-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: system, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: system) }
        let saved = ProcessInfo.processInfo.environment["TMPDIR"]
        setenv("TMPDIR", system, 1)
        defer { if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") } }

        let (succeeded, printed) = try ExternalCommand.run("/bin/sh", ["-c", "mkdir \"$TMPDIR/left\" && echo \"$TMPDIR\""],
                                                           in: system)
        XCTAssertTrue(succeeded, printed)
        let used = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(used.hasPrefix(system + "/"), used)
        XCTAssertFalse(FileManager.default.fileExists(atPath: used))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: system), [])
    }

    /// A tool run again and again (`swift build` in glia serve) gets the same temporary folder
    /// each time, emptied after each run.
    func testAToolRunAgainGetsTheSameTemporaryFolderEmptied() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glia-lasting-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for _ in 0..<2 {
            let (succeeded, printed) = try ExternalCommand.run(
                "/bin/sh", ["-c", "mkdir \"$TMPDIR/left\" && touch \"$TMPDIR/file\" && echo \"$TMPDIR\""],
                in: "/", temporaryFolder: .lasting(folder))
            XCTAssertTrue(succeeded, printed)
            XCTAssertEqual(printed.trimmingCharacters(in: .whitespacesAndNewlines), folder)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], "emptied, and kept")
        }
    }

    /// The loader's message for a symbol no library defines is said in words, and its line
    /// (which names the binary's own path) is not repeated as output.
    func testCrashReportNamesASymbolTheLoaderCouldNotFind() {
        let report = CrashReport(termination: .exited(127), output: """
        /b/chapter: symbol lookup error: /b/chapter: undefined symbol: memfrob_v2, version GLIBC_9.9
        """)
        XCTAssertEqual(report.undefinedSymbol, "memfrob_v2")
        XCTAssertTrue(report.message.hasPrefix("it uses 'memfrob_v2', which none of the libraries"), report.message)
        XCTAssertEqual(report.lastLines(), [])
        XCTAssertNil(CrashReport(termination: .exited(127), output: "a: symbol lookup error: a: undefined symbol: x\n"
                                 .replacingOccurrences(of: "a:", with: "printed first\na:")).undefinedSymbol,
                     "a cell that printed those words after other output")
        XCTAssertNil(CrashReport(termination: .signalled(11), output: "a: symbol lookup error: a: undefined symbol: x")
                        .undefinedSymbol, "a crash, not the loader")
    }

    func testCrashReportReadsTheRuntimeMessageAndDropsStackLines() {
        let report = CrashReport(termination: .signalled(4), output: """
        partial output
        Chapter/01-x.md:12: Fatal error: the weights exploded
        0    libswiftCore.so    0x00007fc4fc55f130 swift_reportError + 33
        """)
        XCTAssertEqual(report.runtimeMessage?.line, 12)
        XCTAssertEqual(report.message, "Fatal error: the weights exploded")
        XCTAssertEqual(report.outputWithoutCrash, "partial output")
    }

    func testCacheKeyNamesWhatChanged() throws {
        let source = "# X\n\n```swift\nlet a = 1\n```\n\n```swift\nlet b = 2\n```\n"
        let (before, _) = ChapterParser().parse(source, path: "chapters/x.md", number: 1)
        let (after, _) = ChapterParser().parse(source.replacingOccurrences(of: "let b = 2", with: "let b = 3"),
                                               path: "chapters/x.md", number: 1)
        let (prose, _) = ChapterParser().parse("# X\n\nNew prose.\n\n" + source.dropFirst(5),
                                               path: "chapters/x.md", number: 1)
        let toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                  runtimeFingerprint: "abc")
        let key = CacheKey(chapter: try XCTUnwrap(before), toolchain: toolchain)
        XCTAssertEqual(key.reasons(comparedWith: CacheKey(chapter: try XCTUnwrap(after), toolchain: toolchain)),
                       ["cell 2 (line 7) changed"])
        XCTAssertEqual(key, CacheKey(chapter: try XCTUnwrap(prose), toolchain: toolchain),
                       "moving cells down with prose does not change the key")
        let newRuntime = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: "6.3",
                                   runtimeFingerprint: "def")
        XCTAssertEqual(key.reasons(comparedWith: CacheKey(chapter: try XCTUnwrap(before), toolchain: newRuntime)),
                       ["the library code chapters use (NotebookRuntime) changed"])
    }
}
