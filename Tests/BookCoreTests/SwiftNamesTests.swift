import XCTest
@testable import BookCore

/// What a Swift file declares (where callers can reach it) and what it mentions.
final class SwiftNamesTests: XCTestCase {
    func testTopLevelDeclarationsCountAndLocalsDoNot() {
        let names = SwiftNames(source: """
            public struct LinePlot: Plot {
                var points: [Double]
                func draw() { let local = Palette.ink; helper(local) }
            }
            func helper(_ x: Int) { var inner = x; inner += 1 }
            let defaultWidth = 320
            typealias Points = [Double]
            infix operator **
            public func ** (a: Double, b: Double) -> Double { pow(a, b) }
            """)
        XCTAssertEqual(names.declared, ["LinePlot", "helper", "defaultWidth", "Points", "**"])
        XCTAssertTrue(names.members.isEmpty)
        XCTAssertTrue(names.mentioned.isSuperset(of: ["Plot", "Palette", "ink", "helper", "pow", "Double"]))
        XCTAssertFalse(names.mentioned.contains("struct"), "keywords are not names")
    }

    func testCommentsAndStringsAreNotMentionsButInterpolationsAre() {
        let names = SwiftNames(source: """
            // BarPlot is not used here
            /* nor /* nested */ Heatmap */
            print("ScatterPlot \\(LossPlot.self) done")
            @FigureBuilder var body: Int { 1 }
            """)
        XCTAssertTrue(names.mentioned.isSuperset(of: ["print", "LossPlot", "FigureBuilder"]))
        XCTAssertTrue(names.mentioned.isDisjoint(with: ["BarPlot", "Heatmap", "ScatterPlot", "done"]))
    }

    func testExtensionsKeyTheirMembersByTheirType() {
        let names = SwiftNames(source: """
            extension Neural.Matrix {
                func transposed() -> Matrix { self }
                static func * (a: Matrix, b: Matrix) -> Matrix { a }
                init(identity n: Int) { self.init() }
                var description: String { "" }
                struct Shape {}
            }
            extension Array where Element == Double {
                func mean() -> Double { 0 }
            }
            extension Loss: CustomStringConvertible, Plottable where Value: Equatable {
                var label: String { "" }
            }
            class Model {
                class func make() -> Model { Model() }
                class var count: Int { 0 }
            }
            """)
        XCTAssertEqual(names.members["Matrix"], ["transposed", "*", "Matrix", "Shape"],
                       "init and implicitly called members are keyed by the type alone")
        XCTAssertEqual(names.members["Array"], ["mean"])
        XCTAssertNil(names.members["Loss"], "an extension adding conformances is reached with its type")
        XCTAssertEqual(names.declared, ["Loss", "Model"])
        XCTAssertEqual(names.conformances, ["CustomStringConvertible", "Plottable"])
    }

    /// Stored in the library index, each set as one string of names joined by spaces.
    func testNamesSurviveTheirStoredForm() throws {
        let names = SwiftNames(source: """
            public struct Plot { func draw() { _ = Palette.ink ..< 3 } }
            extension Array: Drawable where Element == Plot { var mean: Double { 0 } }
            @FigureBuilder func none() {}
            """)
        let data = try JSONEncoder().encode(names)
        XCTAssertEqual(try JSONDecoder().decode(SwiftNames.self, from: data), names)
        let stored = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertTrue(stored["mentioned"] is String)
        XCTAssertEqual(try JSONDecoder().decode(SwiftNames.self, from: JSONEncoder().encode(SwiftNames())), SwiftNames())
    }
}
