import Foundation

/// Tick positions at "nice" numbers (1, 2, 2.5 or 5 times a power of ten).
public enum NiceTicks {
    /// The smallest nice step that puts at most `maxCount` intervals across `range`.
    public static func step(for range: ClosedRange<Double>, maxCount: Int) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, maxCount))
        let magnitude = pow(10, floor(log10(raw)))
        for factor in [1, 2, 2.5, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Ticks inside `range` at multiples of a nice step, labelled with just enough decimals.
    /// A range lying just inside two nice numbers (−4.9…4.9 with step 5) would get a single
    /// tick, which does not show the scale; the step is then made finer until there are two.
    public static func linear(_ range: ClosedRange<Double>, maxCount: Int) -> [Tick] {
        let step = step(for: range, maxCount: maxCount)
        let decimals = NumberFormat.decimals(forStep: step)
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        let last = (range.upperBound / step + 1e-9).rounded(.down)
        if last - first < 1, maxCount < 64, range.upperBound > range.lowerBound {
            return linear(range, maxCount: max(2, maxCount * 2))
        }
        // Never more ticks than asked for several times over, whatever the range and step.
        guard first <= last, last - first <= Double(max(64, maxCount * 4)) else { return [] }
        return stride(from: first, through: last, by: 1).map { index in
            let value = index * step
            return Tick(value, NumberFormat.fixed(value, decimals: decimals))
        }
    }

    /// Ticks at powers of ten inside `range` (positive), adding 2× and 5× when the range
    /// spans fewer than three decades.
    public static func logarithmic(_ range: ClosedRange<Double>) -> [Tick] {
        guard range.lowerBound > 0 else { return [] }
        let low = Int(floor(log10(range.lowerBound)))
        let high = Int(ceil(log10(range.upperBound)))
        let factors: [Double] = high - low < 3 ? [1, 2, 5] : [1]
        var ticks: [Tick] = []
        for exponent in low...high {
            for factor in factors {
                let value = factor * pow(10, Double(exponent))
                guard value >= range.lowerBound * (1 - 1e-9),
                      value <= range.upperBound * (1 + 1e-9) else { continue }
                ticks.append(Tick(value, label(value, exponent: exponent)))
            }
        }
        return ticks
    }

    private static func label(_ value: Double, exponent: Int) -> String {
        if (-4...5).contains(exponent) {
            return NumberFormat.fixed(value, decimals: max(0, -exponent))
        }
        let mantissa = (value / pow(10, Double(exponent))).rounded()
        return (mantissa == 1 ? "" : "\(Int(mantissa))×") + "1e\(exponent)"
    }
}
