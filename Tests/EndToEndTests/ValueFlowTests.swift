import Foundation
import XCTest

/// Values across chapters: one chapter publishes a trained model, another imports it; the
/// importer runs after the publisher, and again only when the value it gets changes.
final class ValueFlowTests: XCTestCase {
    private var runner: GliaRunner!

    /// The importing chapter comes first in file order, so the order is the edges', not the files'.
    private static let producer = """
        # Training

        ```swift
        let model = Sequential([Dense(1, .sigmoid, inputSize: 2)])
        try model.setWeights([Matrix(rows: 2, columns: 1, data: [1, 2]), Matrix(rows: 1, columns: 1, data: [0.5])])
        publish(model, as: "tiny-net")
        ```
        """

    override func setUpWithError() throws {
        runner = try GliaRunner(files: [
            "chapters/01-use.md": """
                # Using

                ```swift
                let net: Sequential = try imported("tiny-net")
                let output = try net.predict(Matrix(rows: 1, columns: 2, data: [0, 0]))
                print("prediction", output[0, 0])
                ```
                """,
            "chapters/02-train.md": Self.producer,
        ])
    }

    override func tearDown() {
        runner?.remove()
    }

    func testTheImporterRunsAfterThePublisherAndAgainOnlyWhenTheValueChanges() throws {
        let first = try runner.build(["--explain", "--jobs", "2"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let producerDone = try XCTUnwrap(first.stdout.range(of: "done     chapters/02-train.md"))
        let consumerRun = try XCTUnwrap(first.stdout.range(of: "run      chapters/01-use.md"))
        XCTAssertLessThan(producerDone.lowerBound, consumerRun.lowerBound, first.stdout)
        XCTAssertTrue(try runner.read("output/01-use.html").contains("prediction 0.62245"),
                      "σ(0.5) from the imported weights")

        // The publisher runs again but hands over the same value: the importer is reused.
        try runner.write("chapters/02-train.md", Self.producer.replacingOccurrences(
            of: "publish(model", with: "print(\"trained\")\npublish(model"))
        let same = try runner.build(["--explain"])
        XCTAssertTrue(same.stdout.contains("run      chapters/02-train.md"), same.stdout)
        XCTAssertTrue(same.stdout.contains("reuse    chapters/01-use.md"), same.stdout)

        // A new value re-runs the importer, which says why.
        try runner.write("chapters/02-train.md", Self.producer.replacingOccurrences(of: "data: [0.5]", with: "data: [-0.5]"))
        let changed = try runner.build(["--explain"])
        XCTAssertEqual(changed.status, 0, changed.stderr)
        XCTAssertTrue(changed.stdout.contains("run      chapters/01-use.md (the values it imports changed: tiny-net)"),
                      changed.stdout)
        XCTAssertTrue(try runner.read("output/01-use.html").contains("prediction 0.37754"))
    }

    func testAnUnknownValueAndACycleAreErrorsAtTheirLines() throws {
        try runner.write("chapters/01-use.md", try runner.read("chapters/01-use.md")
            .replacingOccurrences(of: "imported(\"tiny-net\")", with: "imported(\"tiny-nett\")"))
        let unknown = try runner.build()
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("chapters/01-use.md:4:27: error: no chapter publishes a value named "
                                              + "'tiny-nett': did you mean 'tiny-net'?"), unknown.stderr)
        XCTAssertFalse(unknown.stdout.contains("run "), "nothing ran")

        try runner.write("chapters/01-use.md", "# Using\n\n```swift\nlet n: Sequential = try imported(\"tiny-net\")\n"
                         + "publish(n, as: \"copy\")\n```\n")
        try runner.write("chapters/02-train.md", Self.producer + "\n\n```swift\nlet c: Sequential = try imported(\"copy\")\n```\n")
        let cycle = try runner.build()
        XCTAssertNotEqual(cycle.status, 0)
        XCTAssertTrue(cycle.stderr.contains("error: chapters import values from each other in a cycle "
                                            + "(chapters/01-use.md → chapters/02-train.md → chapters/01-use.md)"),
                      cycle.stderr)
    }
}
