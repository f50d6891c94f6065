import XCTest
import CairoFigures
import Canvas
import FigureCompare
import Figures

/// The compare stage reads a PNG's size from its header before decoding it: a figure drawn at
/// another size is all changed.
final class PNGHeaderTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("glia-png-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testTheSizeComesFromTheHeaderAsDecodingFindsIt() throws {
        for scale in [1, 2] {
            let (_, figure) = try XCTUnwrap(SampleFigures.all().first)
            let bytes = try figure.pngData(scale: Double(scale))
            let path = try file("figure-\(scale).png", bytes)
            let decoded = try XCTUnwrap(DecodedImage.read(path))
            let size = try XCTUnwrap(DecodedImage.size(path))
            XCTAssertEqual(size.width, decoded.width)
            XCTAssertEqual(size.height, decoded.height)
            XCTAssertEqual(size.width, figure.width * scale)
        }
    }

    func testAFileThatIsNotAPNGHasNoSize() throws {
        let (_, figure) = try XCTUnwrap(SampleFigures.all().first)
        let png = try figure.pngData(scale: 1)
        XCTAssertNil(DecodedImage.size(try file("empty.png", [])))
        XCTAssertNil(DecodedImage.size(try file("short.png", Array(png.prefix(23)))))
        XCTAssertNil(DecodedImage.size(try file("text.png", Array("not a picture at all, only words".utf8))))
        var otherChunk = Array(png.prefix(24))
        otherChunk[12] = UInt8(ascii: "X")
        XCTAssertNil(DecodedImage.size(try file("chunk.png", otherChunk)), "the first chunk must be IHDR")
        XCTAssertNil(DecodedImage.size(folder + "/missing.png"))
        XCTAssertNil(DecodedImage.size(folder), "a folder")
    }

    func testResizedFiguresCompareAsAllChanged() {
        let comparison = PixelComparison(resizedFrom: (960, 420), to: (960, 424))
        XCTAssertEqual(comparison.changedFraction, 1)
        XCTAssertNil(comparison.region)
        XCTAssertEqual(comparison.sizes?.before, "960×420")
        XCTAssertEqual(comparison.sizes?.after, "960×424")
    }
}
