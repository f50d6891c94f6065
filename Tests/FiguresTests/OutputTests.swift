import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
import Canvas
import CairoFigures
import Figures

final class OutputTests: XCTestCase {
    func testSVGParsesAndHasExpectedElements() throws {
        let figure = try SampleFigures.all().first { $0.name == "boundary" }!.figure
        let svg = try figure.svgData()
        let parser = XMLParser(data: Data(svg))
        let collector = ElementCollector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "SVG must be well-formed XML: \(String(describing: parser.parserError))")
        XCTAssertEqual(collector.elements.first, "svg")
        XCTAssertEqual(collector.rootAttributes["width"], "640pt")
        XCTAssertEqual(collector.rootAttributes["height"], "420pt")
        XCTAssertTrue(collector.elements.contains("image"), "heat map is embedded as an image")
        XCTAssertGreaterThan(collector.elements.filter { $0 == "path" }.count, 100,
                             "markers, lines and glyphs are paths")
        XCTAssertTrue(collector.elements.contains("use"), "text glyphs are placed with <use>")
    }

    func testOutputIsDeterministic() throws {
        for (name, figure) in try SampleFigures.all().prefix(4) {
            XCTAssertEqual(try figure.pngData(), try figure.pngData(), "\(name) PNG")
            XCTAssertEqual(try figure.svgData(), try figure.svgData(), "\(name) SVG")
        }
    }

    func testDoubleScalePNGHasTwiceThePixels() throws {
        let figure = try SampleFigures.all().first { $0.name == "line" }!.figure
        let one = try DecodedPNG(try figure.pngData())
        let two = try DecodedPNG(try figure.pngData(scale: 2))
        XCTAssertEqual(one.width, figure.width)
        XCTAssertEqual(one.height, figure.height)
        XCTAssertEqual(two.width, 2 * figure.width)
        XCTAssertEqual(two.height, 2 * figure.height)
    }

    func testWritesFiles() throws {
        let figure = try SampleFigures.all().first { $0.name == "table" }!.figure
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-figures-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("t.png").path
        let svg = directory.appendingPathComponent("t.svg").path
        try figure.writePNG(to: png, scale: 2)
        try figure.writeSVG(to: svg)
        XCTAssertEqual(Array(FileManager.default.contents(atPath: png)!.prefix(4)),
                       [0x89, 0x50, 0x4E, 0x47])
        XCTAssertTrue(String(decoding: FileManager.default.contents(atPath: svg)!, as: UTF8.self)
            .contains("<svg"))
        XCTAssertThrowsError(try figure.writePNG(to: "/nonexistent-dir/x.png"))
    }
}

final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var rootAttributes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
    }
}
