import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// A chapter's key follows the library files its code can reach, and only those.
final class LibraryIndexTests: XCTestCase {
    private var root = ""
    private var library = ""

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
    ]

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-lib-\(UUID().uuidString)").path
        for (path, text) in sources {
            try write(text, to: path)
        }
        library = root + "/.build/release/libNotebookRuntime.so"
        try write("built", to: ".build/release/libNotebookRuntime.so")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: library)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func index(_ diagnostics: DiagnosticEngine = DiagnosticEngine()) throws -> LibraryIndex {
        let package = try XCTUnwrap(RuntimePackage.containing(runtimeDirectory: root + "/.build/release"))
        return try XCTUnwrap(LibraryIndex.load(package: package, builtLibrary: library,
                                               memoDirectory: root + "/.glia-cache", reportingTo: diagnostics))
    }

    private func reached(_ code: String) throws -> [String] {
        try index().reachableFiles(from: SwiftNames(source: code).mentioned).map(\.path)
    }

    func testReachFollowsNamesThroughTheLibrary() throws {
        let always = ["Package.swift", "Sources/CPNG/glue.c"]
        XCTAssertEqual(try reached("_GliaSession.start(); let p = LinePlot()"),
                       always + ["Sources/Figures/LinePlot.swift", "Sources/Figures/Palette.swift",
                                 "Sources/NotebookRuntime/Session.swift"])
        XCTAssertEqual(try reached("let p = LinePlot().smoothed()"),
                       always + ["Sources/Figures/LinePlot+Smooth.swift", "Sources/Figures/LinePlot.swift",
                                 "Sources/Figures/Palette.swift"])
        XCTAssertEqual(try reached("print([1.0].mean())"), always + ["Sources/Figures/Array+Mean.swift"])
        XCTAssertEqual(try reached("print(Model())"),
                       always + ["Sources/Neural/Model.swift", "Sources/Neural/Printing.swift"],
                       "a conformance added in another file is reached with its type")
    }

    func testKeysNameTheChangedFileAndOnlyChaptersReachingItRun() throws {
        var toolchain = Toolchain(runtimeDirectory: root + "/.build/release", swiftc: "swiftc",
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

        try write("public struct LinePlot { func draw() { _ = Palette.ink + 1 } }", to: "Sources/Figures/LinePlot.swift")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(120)],
                                              ofItemAtPath: library)
        toolchain.library = try index()
        let lineAfter = CacheKey(chapter: chapter("show(LinePlot())"), toolchain: toolchain)
        XCTAssertEqual(CacheKey(chapter: chapter("show(BarPlot())"), toolchain: toolchain), bar)
        XCTAssertNotEqual(lineAfter, line)
        XCTAssertEqual(line.reasons(comparedWith: lineAfter),
                       ["the library code it uses changed: Sources/Figures/LinePlot.swift"])
    }

    func testASourceNewerThanTheBuiltLibraryFallsBackWithAWarning() throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)],
                                              ofItemAtPath: library)
        let diagnostics = DiagnosticEngine()
        let package = try XCTUnwrap(RuntimePackage.containing(runtimeDirectory: root + "/.build/release"))
        XCTAssertNil(LibraryIndex.load(package: package, builtLibrary: library, memoDirectory: nil,
                                       reportingTo: diagnostics))
        XCTAssertTrue(diagnostics.diagnostics.contains { $0.message.contains("is newer than the runtime library") })
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
