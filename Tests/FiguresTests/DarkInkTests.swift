import XCTest
import CairoFigures
import Canvas
import Figures

/// Figures drawn for a dark page: what each kind of colour becomes.
final class DarkInkTests: XCTestCase {
    func testWhiteBecomesThePageBackgroundAndBlackTextBecomesLight() {
        XCTAssertEqual(DarkInk.translate(.white), DarkInk.background)
        XCTAssertGreaterThan(DarkInk.translate(Theme.light.text).luminance, 0.75)
        XCTAssertLessThan(DarkInk.translate(Theme.light.grid).luminance, 0.2,
                          "a light grid line must stay faint on the dark page")
        XCTAssertEqual(DarkInk.translate(Color.white.withAlpha(0.5)).alpha, 0.5)
    }

    func testClassColoursKeepTheirHueAndReadOnTheDarkBackground() {
        for color in [Palette.blue, Palette.orange, Palette.green, Palette.vermillion] {
            let dark = DarkInk.translate(color)
            XCTAssertGreaterThanOrEqual(contrast(dark, DarkInk.background), 4.5,
                                        "\(color.hexString) → \(dark.hexString)")
            XCTAssertEqual(hue(dark), hue(color), accuracy: 12, "\(color.hexString) changed hue")
        }
        // Class 0 and class 1 stay apart.
        XCTAssertNotEqual(DarkInk.translate(Palette.blue), DarkInk.translate(Palette.orange))
    }

    func testDarkFigureHasADarkBackgroundAndSameSize() throws {
        let (_, light) = try XCTUnwrap(SampleFigures.all().first { $0.0 == "boundary" })
        let lightImage = try DecodedPNG(try light.pngData())
        let darkImage = try DecodedPNG(try light.forDarkPage().pngData())
        XCTAssertEqual(lightImage.width, darkImage.width)
        XCTAssertEqual(lightImage.height, darkImage.height)
        let corner = darkImage.pixels[0]
        XCTAssertEqual(corner & 0xFFFFFF, 0x14161B, "corner pixel should be the dark background")
        let bright = darkImage.pixels.filter { luminance($0) > 0.85 }.count
        XCTAssertLessThan(Double(bright) / Double(darkImage.pixels.count), 0.02,
                          "a dark figure has almost no near-white pixels")
    }

    func testColourMapsHaveDarkStopsThatStartNearTheBackground() {
        XCTAssertEqual(Theme.dark.colorMap(.grayInk).color(at: 0), DarkInk.background)
        XCTAssertLessThan(Theme.dark.colorMap(.probability).color(at: 0.5).luminance, 0.15)
        XCTAssertEqual(Theme.light.colorMap(.probability), .probability)
    }

    private func luminance(_ argb: UInt32) -> Double {
        Color(hex: argb & 0xFFFFFF).luminance
    }

    private func relative(_ c: Color) -> Double {
        func lin(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(c.red) + 0.7152 * lin(c.green) + 0.0722 * lin(c.blue)
    }

    private func contrast(_ a: Color, _ b: Color) -> Double {
        let x = relative(a), y = relative(b)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    private func hue(_ c: Color) -> Double {
        let maxV = max(c.red, c.green, c.blue), minV = min(c.red, c.green, c.blue)
        let d = maxV - minV
        guard d > 0 else { return 0 }
        var h: Double
        if maxV == c.red { h = (c.green - c.blue) / d } else if maxV == c.green {
            h = (c.blue - c.red) / d + 2
        } else { h = (c.red - c.green) / d + 4 }
        h *= 60
        return h < 0 ? h + 360 : h
    }
}
