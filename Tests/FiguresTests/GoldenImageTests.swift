import XCTest
import Canvas
import CairoFigures
import Figures

/// Every plot kind rendered at 1× and compared with its golden PNG with a tolerance: fonts
/// and Cairo versions differ slightly between machines, so bytes are never compared.
final class GoldenImageTests: XCTestCase {
    /// A pixel differs when any channel is off by more than this (0…255).
    let channelTolerance = 48
    /// At most this fraction of pixels may differ.
    let maxDifferentFraction = 0.01

    func testEveryPlotKindMatchesItsGolden() throws {
        try compareWithGoldens(suffix: "") { $0 }
    }

    /// The same figures drawn for a dark page (`Figure.forDarkPage()`).
    func testEveryPlotKindMatchesItsDarkGolden() throws {
        try compareWithGoldens(suffix: "-dark") { $0.forDarkPage() }
    }

    private func compareWithGoldens(suffix: String, _ variant: (Figure) -> Figure) throws {
        for (name, light) in try SampleFigures.all() {
            let png = try variant(light).pngData()
            guard let golden = try GoldenFiles.load("\(name)\(suffix).png", recording: png) else {
                continue
            }
            let actual = try DecodedPNG(png), expected = try DecodedPNG(golden)
            XCTAssertEqual(actual.width, expected.width, name)
            XCTAssertEqual(actual.height, expected.height, name)
            guard actual.width == expected.width, actual.height == expected.height else { continue }
            var different = 0
            for (a, b) in zip(actual.pixels, expected.pixels) where differs(a, b) { different += 1 }
            let fraction = Double(different) / Double(actual.pixels.count)
            XCTAssertLessThanOrEqual(fraction, maxDifferentFraction,
                                     "\(name): \(different) pixels differ from the golden")
        }
    }

    private func differs(_ a: UInt32, _ b: UInt32) -> Bool {
        for shift: UInt32 in [0, 8, 16, 24] {
            let x = Int((a >> shift) & 0xFF), y = Int((b >> shift) & 0xFF)
            if abs(x - y) > channelTolerance { return true }
        }
        return false
    }

    func testImagesAreNotBlank() throws {
        for (name, figure) in try SampleFigures.all() {
            let image = try DecodedPNG(try figure.pngData())
            let distinct = Set(image.pixels.prefix(200_000)).count
            XCTAssertGreaterThan(distinct, 8, "\(name) looks empty")
        }
    }
}
