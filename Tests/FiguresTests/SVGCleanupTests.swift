import XCTest
@testable import CairoFigures

final class SVGCleanupTests: XCTestCase {
    func testRenumbersEachPrefixInOrderOfFirstAppearance() {
        let input = ##"<g id="image7"/><use href="#image7"/><g clip-path="url(#clip12)"/>"##
            + ##" myimage3 glyph4-1 glyph0-2 image9 clip12 °image5"##
        let expected = ##"<g id="image1"/><use href="#image1"/><g clip-path="url(#clip1)"/>"##
            + ##" myimage3 glyph1-1 glyph2-2 image2 clip1 °image5"##
        let output = SVGCleanup.stableIdentifiers(Array(input.utf8))
        XCTAssertEqual(String(decoding: output, as: UTF8.self), expected)
    }

    func testLeavesTextWithoutIdentifiersAlone() {
        let input = "<svg><path d=\"M 1 2 L 3 4\"/>images clip mask-</svg>"
        XCTAssertEqual(SVGCleanup.stableIdentifiers(Array(input.utf8)), Array(input.utf8))
    }
}
