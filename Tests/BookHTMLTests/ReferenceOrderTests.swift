import Foundation
import XCTest
@testable import BookHTML

/// The API reference lists overloads (entries sharing a name) in one order on every run.
final class ReferenceOrderTests: XCTestCase {
    /// A symbol graph of one module with `count` free functions all titled `f(_:)`.
    private func graph(overloads count: Int) -> String {
        let symbols = (0..<count).map { index in
            """
            {"kind": {"identifier": "swift.func", "displayName": "Function"},
             "identifier": {"precise": "s:1M1fyy\(String(format: "%02d", index))F", "interfaceLanguage": "swift"},
             "pathComponents": ["f(_:)"], "names": {"title": "f(_:)"}, "accessLevel": "public",
             "docComment": {"lines": [{"text": "Overload \(index)."}]}}
            """
        }
        return """
        {"metadata": {"formatVersion": {"major": 0, "minor": 6, "patch": 0}, "generator": "test"},
         "module": {"name": "M", "platform": {}},
         "symbols": [\(symbols.joined(separator: ",\n"))],
         "relationships": []}
        """
    }

    /// Twelve overloads come out in the order of their symbol identifiers. Left to the order
    /// of a dictionary (which changes from one process to the next), the chance of that order
    /// would be one in 12!, so the pages differed between two builds of the same sources.
    func testOverloadsAreOrderedByTheirSymbolIdentifiers() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-graph-\(UUID().uuidString).symbols.json").path
        try graph(overloads: 12).write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let reference = try APIReference.load(symbolGraphs: [file])
        let listed = try XCTUnwrap(reference.modules.first).others.map(\.documentation)
        XCTAssertEqual(listed, (0..<12).map { "Overload \($0)." })
    }
}
