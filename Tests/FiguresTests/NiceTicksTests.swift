import XCTest
@testable import Figures

final class NiceTicksTests: XCTestCase {
    func labels(_ range: ClosedRange<Double>, _ count: Int) -> [String] {
        NiceTicks.linear(range, maxCount: count).map(\.label)
    }

    func testUnitInterval() {
        XCTAssertEqual(labels(0...1, 6), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        XCTAssertEqual(labels(0...1, 4), ["0.00", "0.25", "0.50", "0.75", "1.00"])
    }

    func testNegativeRangeUsesTrueMinus() {
        XCTAssertEqual(labels(-5...4, 6), ["\u{2212}4", "\u{2212}2", "0", "2", "4"])
        XCTAssertEqual(labels(-5...4, 10), ["\u{2212}5", "\u{2212}4", "\u{2212}3", "\u{2212}2",
                                            "\u{2212}1", "0", "1", "2", "3", "4"])
    }

    func testCoffeeTemperatures() {
        XCTAssertEqual(labels(150...285, 6), ["150", "175", "200", "225", "250", "275"])
        XCTAssertEqual(labels(150...285, 3), ["150", "200", "250"])
    }

    func testLogTicks() {
        XCTAssertEqual(NiceTicks.logarithmic(0.001...1).map(\.label), ["0.001", "0.01", "0.1", "1"])
        XCTAssertEqual(NiceTicks.logarithmic(1...20).map(\.label), ["1", "2", "5", "10", "20"])
    }

    func testNumberFormatHasNoNegativeZero() {
        XCTAssertEqual(NumberFormat.fixed(-0.0001, decimals: 2), "0.00")
        XCTAssertEqual(NumberFormat.fixed(-1.5, decimals: 1), "\u{2212}1.5")
    }

    func testTickLabelsNeverCollideOnNarrowAxes() throws {
        // A 120 px wide panel over 150…285 must drop ticks rather than overlap labels.
        let axes = Axes(x: Axis(limits: 150...285), y: Axis(limits: 0...1))
        let backend = RecordingBackend()
        let layout = try PanelLayout.make(axes, in: Rect(x: 0, y: 0, width: 180, height: 200),
                                          theme: .light, backend: backend)
        let font = FontSpec(size: Theme.light.tickSize)
        let centres = layout.xTicks.map { layout.xScale.pixel($0.value) }
        for (a, b) in zip(layout.xTicks, layout.xTicks.dropFirst()) {
            let gap = abs(layout.xScale.pixel(b.value) - layout.xScale.pixel(a.value))
            let half = (backend.measure(a.label, font: font).width
                + backend.measure(b.label, font: font).width) / 2
            XCTAssertGreaterThan(gap - half, 10, "labels \(a.label), \(b.label) at \(centres)")
        }
        XCTAssertGreaterThanOrEqual(layout.xTicks.count, 2)
    }
}
