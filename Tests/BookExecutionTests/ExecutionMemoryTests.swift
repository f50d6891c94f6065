import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// glia serve keeps each chapter's cache key between builds, and makes it again when anything
/// it is made from changed: the chapter, the values it imports, or the toolchain.
final class ExecutionMemoryTests: XCTestCase {
    private func chapter(_ code: String) -> Chapter {
        let cell = Cell(index: 0, options: CellOptions(), code: code, source: code,
                        fence: SourceLocation(file: "chapters/a.md", line: 5), firstLine: 6)
        return Chapter(path: "chapters/a.md", slug: "a", number: 1, title: "A", blocks: [],
                       cells: [cell], inlineExpressions: [])
    }

    private func toolchain(compiler: String = "6.3", plotDigest: String = "d1") -> Toolchain {
        var toolchain = Toolchain(runtimeDirectory: "/r", swiftc: "swiftc", compilerVersion: compiler,
                                  runtimeFingerprint: "abc")
        toolchain.library = LibraryIndex(files: [
            LibraryIndex.File(path: "Sources/Figures/Plot.swift", digest: plotDigest,
                              names: SwiftNames(source: "public func plot() {}")),
        ])
        return toolchain
    }

    /// The key the memory gives for `chapter`, counting the keys it had to make.
    private func key(_ memory: ExecutionMemory, _ chapter: Chapter, _ toolchain: Toolchain,
                     imported: [String: String] = [:], made: inout Int) -> CacheKey {
        memory.keys.value(chapter.slug, for: KeyInputs(chapter: chapter, importedValues: imported)) {
            made += 1
            return CacheKey(chapter: chapter, toolchain: toolchain, importedValues: imported)
        }
    }

    func testAKeyIsKeptUntilTheChapterTheValuesOrTheToolchainChange() {
        let memory = ExecutionMemory()
        var made = 0
        let first = chapter("plot()")
        memory.use(toolchain())
        let kept = key(memory, first, toolchain(), made: &made)
        XCTAssertEqual(key(memory, first, toolchain(), made: &made), kept)
        memory.use(toolchain())
        XCTAssertEqual(key(memory, first, toolchain(), made: &made), kept)
        XCTAssertEqual(made, 1, "nothing changed: the key is the one made first")

        _ = key(memory, chapter("plot(); plot()"), toolchain(), made: &made)
        XCTAssertEqual(made, 2, "an edited cell makes the key again")
        _ = key(memory, chapter("plot(); plot()"), toolchain(), imported: ["n": "1"], made: &made)
        XCTAssertEqual(made, 3, "a changed imported value makes the key again")

        let edited = toolchain(plotDigest: "d2")
        memory.use(edited)
        let remade = key(memory, chapter("plot(); plot()"), edited, imported: ["n": "1"], made: &made)
        XCTAssertEqual(made, 4, "an edited library file the chapter reaches makes the key again")
        XCTAssertNotEqual(remade.parts["library Sources/Figures/Plot.swift"], kept.parts["library Sources/Figures/Plot.swift"])

        memory.use(toolchain(compiler: "6.4", plotDigest: "d2"))
        _ = key(memory, chapter("plot(); plot()"), toolchain(compiler: "6.4", plotDigest: "d2"), imported: ["n": "1"],
                made: &made)
        XCTAssertEqual(made, 5, "another compiler makes the key again")
    }
}
