import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// A chapter's key follows the library files its code can reach, and only those, by what the
/// build made of them (objects), so an edit not built yet changes no key.
final class LibraryIndexTests: XCTestCase {
    private var root = ""
    private var built: String { root + "/.build/release" }

    private let sources = [
        "Package.swift": "products: [.library(name: \"NotebookRuntime\", type: .dynamic)]",
        "Sources/NotebookRuntime/Session.swift": "public enum _GliaSession { public static func start() {} }",
        "Sources/Figures/LinePlot.swift": "public struct LinePlot { func draw() { _ = Palette.ink } }",
        "Sources/Figures/Palette.swift": "enum Palette { static let ink = 1 }",
        "Sources/Figures/BarPlot.swift": "public struct BarPlot { func draw() { _ = Palette.ink } }",
        "Sources/Figures/LinePlot+Smooth.swift": "extension LinePlot { public func smoothed() -> LinePlot { self } }",
        "Sources/Figures/Array+Mean.swift": "extension Array where Element == Double { func mean() -> Double { 0 } }",
        "Sources/Neural/Printing.swift": "extension Model: CustomStringConvertible { var description: String { \"\" } }",
        "Sources/Neural/Model.swift": "public struct Model {}",
        "Sources/CPNG/glue.c": "int glue(void) { return 0; }",
        "Sources/CPNG/include/glue.h": "int glue(void);",
        "Sources/Neural/Data/digits.txt": "0 1 2",
    ]

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-lib-\(UUID().uuidString)").path
        for (path, text) in sources {
            try write(text, to: path)
            try build(path)
        }
        try write("runtime", to: ".build/release/libNotebookRuntime.so")
    }

    /// What SwiftPM would make of `path`: a stand-in object (the source's text, so that an
    /// edit that is built changes it) or the resource's copy.
    private func build(_ path: String) throws {
        let parts = path.split(separator: "/")
        guard parts.count > 2 else { return }
        let name = parts.last!, module = parts[1]
        if name.hasSuffix(".txt") {
            try write(try String(contentsOfFile: root + "/" + path, encoding: .utf8),
                      to: ".build/release/glia_\(module).resources/\(name)")
        } else if !name.hasSuffix(".h") {
            try write("object of " + (try String(contentsOfFile: root + "/" + path, encoding: .utf8)),
                      to: ".build/release/\(module).build/\(name).o")
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func index() throws -> LibraryIndex {
        let package = try XCTUnwrap(RuntimePackage.containing(runtimeDirectory: built))
        return try XCTUnwrap(LibraryIndex.load(package: package, runtimeDirectory: built,
                                               memoDirectory: root + "/.glia-cache"))
    }

    private func reached(_ code: String) throws -> [String] {
        try index().reachableFiles(from: SwiftNames(source: code).mentioned).map(\.path)
    }

    func testReachFollowsNamesThroughTheLibrary() throws {
        let always = ["Sources/CPNG/glue.c", "Sources/Neural/Data/digits.txt"]
        XCTAssertEqual(try reached("_GliaSession.start(); let p = LinePlot()"),
                       (always + ["Sources/Figures/LinePlot.swift", "Sources/Figures/Palette.swift",
                                 "Sources/NotebookRuntime/Session.swift"]).sorted())
        XCTAssertEqual(try reached("let p = LinePlot().smoothed()"),
                       (always + ["Sources/Figures/LinePlot+Smooth.swift", "Sources/Figures/LinePlot.swift",
                                  "Sources/Figures/Palette.swift"]).sorted())
        XCTAssertEqual(try reached("print([1.0].mean())"), ["Sources/CPNG/glue.c", "Sources/Figures/Array+Mean.swift",
                                                            "Sources/Neural/Data/digits.txt"])
        XCTAssertEqual(try reached("print(Model())"),
                       always + ["Sources/Neural/Model.swift", "Sources/Neural/Printing.swift"].sorted(),
                       "a conformance added in another file is reached with its type")
    }

    /// A file's names are read from its source when the source changes, its digest from its
    /// object when the object changes: a rebuild that rewrites every object of a module (as a
    /// whole-module build does) hashes them again but need not read unchanged sources.
    func testNamesFollowTheSourceAndDigestsTheObject() throws {
        let before = try index()
        XCTAssertFalse(try reached("LinePlot()").contains("Sources/Figures/BarPlot.swift"))
        try write("public struct LinePlot { func draw() { _ = BarPlot() } }", to: "Sources/Figures/LinePlot.swift")
        XCTAssertTrue(try reached("LinePlot()").contains("Sources/Figures/BarPlot.swift"), "the source's new names")
        XCTAssertEqual(try index().files.first { $0.path == "Sources/Figures/LinePlot.swift" }?.digest,
                       before.files.first { $0.path == "Sources/Figures/LinePlot.swift" }?.digest,
                       "not built: the object, and so the digest, is as it was")

        try write("object rebuilt by another compiler", to: ".build/release/Figures.build/Palette.swift.o")
        let rebuilt = try index()
        XCTAssertNotEqual(rebuilt.files.first { $0.path == "Sources/Figures/Palette.swift" }?.digest,
                          before.files.first { $0.path == "Sources/Figures/Palette.swift" }?.digest)
        XCTAssertEqual(rebuilt.files.first { $0.path == "Sources/Figures/Palette.swift" }?.names,
                       before.files.first { $0.path == "Sources/Figures/Palette.swift" }?.names)
    }

    func testKeysNameTheChangedFileAndOnlyChaptersReachingItRun() throws {
        var toolchain = Toolchain(runtimeDirectory: built, swiftc: "swiftc",
                                  compilerVersion: "6.3", runtimeFingerprint: "whole library")
        func chapter(_ code: String) -> Chapter {
            let cell = Cell(index: 0, options: CellOptions(), code: code, source: code,
                            fence: SourceLocation(file: "chapters/a.md", line: 5), firstLine: 6)
            return Chapter(path: "chapters/a.md", slug: "a", number: 1, title: "A", blocks: [],
                           cells: [cell], inlineExpressions: [])
        }
        toolchain.library = try index()
        let line = CacheKey(chapter: chapter("show(LinePlot())"), toolchain: toolchain)
        let bar = CacheKey(chapter: chapter("show(BarPlot())"), toolchain: toolchain)

        // Edited but not built: nothing that runs changed, so no key does.
        try write("public struct LinePlot { func draw() { _ = Palette.ink + 1 } }", to: "Sources/Figures/LinePlot.swift")
        toolchain.library = try index()
        XCTAssertEqual(CacheKey(chapter: chapter("show(LinePlot())"), toolchain: toolchain), line)

        try build("Sources/Figures/LinePlot.swift")
        toolchain.library = try index()
        let lineAfter = CacheKey(chapter: chapter("show(LinePlot())"), toolchain: toolchain)
        XCTAssertEqual(CacheKey(chapter: chapter("show(BarPlot())"), toolchain: toolchain), bar)
        XCTAssertNotEqual(lineAfter, line)
        XCTAssertEqual(line.reasons(comparedWith: lineAfter),
                       ["the library code it uses changed: Sources/Figures/LinePlot.swift"])
    }

    func testFigureFilesAreKeptByTheCodeThatRendersThemNotByEveryPlot() throws {
        try write("struct FigureFiles { func write() { LinePlot().draw() } }",
                  to: "Sources/NotebookRuntime/FigureFiles.swift")
        try build("Sources/NotebookRuntime/FigureFiles.swift")
        var toolchain = Toolchain(runtimeDirectory: built, swiftc: "swiftc",
                                  compilerVersion: "6.3", runtimeFingerprint: "whole library")
        XCTAssertEqual(toolchain.figureRenderingStamp, "whole library", "without sources: the whole library")
        toolchain.library = try index()
        let stamp = toolchain.figureRenderingStamp

        // A plot the renderer never reaches: the kept files stay valid.
        try write("public struct BarPlot { func draw() { _ = Palette.ink * 2 } }", to: "Sources/Figures/BarPlot.swift")
        try build("Sources/Figures/BarPlot.swift")
        toolchain.library = try index()
        XCTAssertEqual(toolchain.figureRenderingStamp, stamp)

        // Code the renderer reaches (LinePlot, then Palette): every figure is drawn again.
        try write("enum Palette { static let ink = 2 }", to: "Sources/Figures/Palette.swift")
        try build("Sources/Figures/Palette.swift")
        toolchain.library = try index()
        XCTAssertNotEqual(toolchain.figureRenderingStamp, stamp)
    }

    func testASourceWithoutAnObjectMeansTheWholeLibraryKeysChapters() throws {
        try write("public struct Heatmap {}", to: "Sources/Figures/Heatmap.swift")
        let package = try XCTUnwrap(RuntimePackage.containing(runtimeDirectory: built))
        XCTAssertNil(LibraryIndex.load(package: package, runtimeDirectory: built, memoDirectory: nil))
        try build("Sources/Figures/Heatmap.swift")
        XCTAssertNotNil(LibraryIndex.load(package: package, runtimeDirectory: built, memoDirectory: nil))
    }

    /// The list of runtime modules matches what SwiftPM links into NotebookRuntime.
    func testRuntimeModulesMatchThePackage() throws {
        let manifest = try String(contentsOfFile: #filePath.components(separatedBy: "/Tests/")[0] + "/Package.swift",
                                  encoding: .utf8)
        for module in RuntimePackage.modules {
            XCTAssertTrue(manifest.contains("name: \"\(module)\""), module)
        }
    }
}
