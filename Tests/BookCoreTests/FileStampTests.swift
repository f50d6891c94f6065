import BookCore
import Foundation
import XCTest

final class FileStampTests: XCTestCase {
    /// Stamps recorded in caches by earlier glia versions came from Foundation's
    /// `attributesOfItem`; the `lstat` stamp must give the very same numbers, or every cached
    /// figure would look changed and be hashed on every build.
    func testStampsAreFoundationsSizeAndModificationDate() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-file-stamp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        for index in 0..<40 {
            let path = folder + "/file-\(index)"
            try String(repeating: "x", count: index * 37).write(toFile: path, atomically: false, encoding: .utf8)
            paths.append(path)
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: paths[5])
        paths.append(folder + "/link")
        paths.append(#filePath)
        for path in paths {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let stamp = try XCTUnwrap(FileStamp(of: path))
            XCTAssertEqual(stamp.size, (attributes[.size] as? NSNumber)?.intValue, path)
            XCTAssertEqual(stamp.modified, (attributes[.modificationDate] as? Date)?.timeIntervalSince1970, path)
        }
        XCTAssertNil(FileStamp(of: folder + "/missing"))
        XCTAssertEqual(FileStamp.text(of: folder + "/missing"), "missing")
    }
}
