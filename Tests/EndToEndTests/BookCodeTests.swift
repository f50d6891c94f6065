import Foundation
import XCTest

/// A book's own code (`code: support/`): compiled once into a module every chapter imports,
/// with chapters re-run only when a file they reach changes, and errors at their own lines.
final class BookCodeTests: XCTestCase {
    private var runner: GliaRunner!

    override func setUpWithError() throws {
        runner = try GliaRunner(files: [
            "book.yml": "title: Shared code\ncode: support/\n",
            "support/data.swift": """
                /// Points on a circle of the given radius, from a seeded generator.
                func ring(count: Int, radius: Double, seed: UInt64) -> [(x: Double, y: Double)] {
                    var rng = RNG(seed: seed)
                    return (0..<count).map { _ in
                        let angle = Double(rng.uniform(0..<6.283))
                        return (radius * cos(angle), radius * sin(angle))
                    }
                }
                """,
            "support/scale.swift": """
                struct Scale {
                    var factor = 2.0
                    func apply(_ x: Double) -> Double { x * factor }
                }
                """,
            "chapters/01-ring.md": """
                # Rings

                ```swift
                let points = ring(count: 5, radius: 2, seed: 3)
                let first = points[0]
                print(points.count, (first.x * first.x + first.y * first.y).rounded())
                ```
                """,
            "chapters/02-scale.md": """
                # Scale

                Doubled, 21 is `{swift} Scale().apply(21)`.
                """,
        ])
    }

    override func tearDown() {
        runner?.remove()
    }

    func testChaptersShareTheBooksCodeAndOnlyUsersOfAnEditedFileRunAgain() throws {
        let first = try runner.build(["--explain"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("code     compiled support/ (2 files)"), first.stdout)
        XCTAssertTrue(try runner.read("output/01-ring.html").contains("5 4.0"))
        XCTAssertTrue(try runner.read("output/02-scale.html").contains(">42<"))

        let again = try runner.build(["--explain"])
        XCTAssertTrue(again.stdout.contains("code     support/ unchanged"), again.stdout)
        XCTAssertTrue(again.stdout.contains("(0 ran, 2 reused)"), again.stdout)

        try runner.write("support/scale.swift", try runner.read("support/scale.swift")
            .replacingOccurrences(of: "factor = 2.0", with: "factor = 3.0"))
        let edited = try runner.build(["--explain"])
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertTrue(edited.stdout.contains("run      chapters/02-scale.md (the book's code it uses changed: "
                                             + "support/scale.swift)"), edited.stdout)
        XCTAssertTrue(edited.stdout.contains("reuse    chapters/01-ring.md"), edited.stdout)
        XCTAssertTrue(try runner.read("output/02-scale.html").contains(">63<"))
    }

    func testAnErrorInTheBooksCodeIsReportedAtItsLineAndLosesNothing() throws {
        XCTAssertEqual(try runner.build().status, 0)
        let page = try runner.read("output/01-ring.html")
        try runner.write("support/data.swift", try runner.read("support/data.swift") + "\nlet broken: Int = \"x\"\n")
        let failed = try runner.build()
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertTrue(failed.stderr.contains("support/data.swift:9:19: error: cannot convert value of type 'String' "
                                             + "to specified type 'Int'"), failed.stderr)
        XCTAssertEqual(try runner.read("output/01-ring.html"), page, "the last good site is left as it was")
    }

    func testACodeFolderThatIsNotThereIsAnErrorAtItsLine() throws {
        try runner.write("book.yml", "title: Shared code\ncode: helpers/\n")
        let failed = try runner.build()
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertTrue(failed.stderr.contains("book.yml:2:7: error: the code folder 'helpers/' does not exist"),
                      failed.stderr)
        try runner.write("book.yml", "title: Shared code\ncode: chapters\n")
        XCTAssertTrue(try runner.build().stderr.contains("book.yml:2:7: error: 'code' cannot be chapters/"))
    }
}
