import Foundation
import XCTest

/// Golden files live beside the tests; `GLIA_RECORD_GOLDENS=1 swift test` rewrites them.
enum GoldenFiles {
    static var recording: Bool { ProcessInfo.processInfo.environment["GLIA_RECORD_GOLDENS"] == "1" }

    static func url(_ name: String, file: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(name)
    }

    /// The stored golden, or nil after recording `actual` in its place.
    static func load(_ name: String, recording actual: [UInt8]) throws -> [UInt8]? {
        let url = url(name)
        if recording {
            try Data(actual).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("missing golden \(name); run with GLIA_RECORD_GOLDENS=1 to create it")
            return nil
        }
        return Array(data)
    }
}
