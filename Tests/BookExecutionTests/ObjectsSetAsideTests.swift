import BookCore
import Foundation
import XCTest
@testable import BookExecution

/// Before glia serve rebuilds the runtime, the objects of saved plot files go aside, so the
/// incremental compiler makes them again; a failed rebuild puts back those it did not make.
final class ObjectsSetAsideTests: XCTestCase {
    private let scratch = ScratchFolder("glia-aside")
    private var built: String { scratch.path }

    override func setUpWithError() throws {
        for object in ["Figures.build/LineChart.swift.o", "Figures.build/BarChart.swift.o",
                       "NeuralPlots.build/LossPlot.swift.o", "Neural.build/Dense.swift.o"] {
            try write("old", to: object)
        }
    }

    override func tearDown() {
        scratch.remove()
    }

    private func write(_ text: String, to object: String) throws {
        try scratch.write(text, to: object)
    }

    private func read(_ object: String) -> String? {
        try? String(contentsOfFile: built + "/" + object, encoding: .utf8)
    }

    private let saved = ["Sources/Figures/Plots/LineChart.swift", "Sources/NeuralPlots/LossPlot.swift",
                         "Sources/Neural/Dense.swift", "Sources/Figures/Plots/colours.json", "README.md"]

    func testOnlyThePlotModulesSwiftFilesGoAsideAndASuccessfulRebuildKeepsWhatItMade() throws {
        let aside = ObjectsSetAside(of: saved, in: built)
        XCTAssertNil(read("Figures.build/LineChart.swift.o"))
        XCTAssertNil(read("NeuralPlots.build/LossPlot.swift.o"))
        XCTAssertEqual(read("Figures.build/BarChart.swift.o"), "old", "not saved")
        XCTAssertEqual(read("Neural.build/Dense.swift.o"), "old", "compiled whole, whatever the dates")
        try write("new", to: "Figures.build/LineChart.swift.o")
        try write("new", to: "NeuralPlots.build/LossPlot.swift.o")
        aside.finish(rebuilt: true)
        XCTAssertEqual(read("Figures.build/LineChart.swift.o"), "new")
        XCTAssertEqual(read("NeuralPlots.build/LossPlot.swift.o"), "new")
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: built + "/Figures.build")
            .contains { $0.hasSuffix(".glia-aside") })
    }

    /// The modules whose objects go aside are those Package.swift compiles incrementally.
    func testTheIncrementalModulesAreThoseThePackageCompilesWithPlotCode() throws {
        let manifest = try String(contentsOfFile: #filePath.components(separatedBy: "/Tests/")[0] + "/Package.swift",
                                  encoding: .utf8)
        let compiledWithPlotCode = manifest.split(separator: "\n")
            .filter { $0.contains(".target(name: \"") && $0.contains("plotCode") }
            .compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
        XCTAssertEqual(Set(compiledWithPlotCode), Set(ObjectsSetAside.incrementalModules))
        XCTAssertTrue(manifest.contains("\"-incremental\""), "plotCode compiles incrementally")
    }

    func testAFailedRebuildPutsBackTheObjectsItDidNotMake() throws {
        let aside = ObjectsSetAside(of: saved, in: built)
        try write("new", to: "NeuralPlots.build/LossPlot.swift.o")
        aside.finish(rebuilt: false)
        XCTAssertEqual(read("Figures.build/LineChart.swift.o"), "old", "the compile failed: the last object")
        XCTAssertEqual(read("NeuralPlots.build/LossPlot.swift.o"), "new")
        XCTAssertNil(read("NeuralPlots.build/LossPlot.swift.o.glia-aside"))
    }
}
