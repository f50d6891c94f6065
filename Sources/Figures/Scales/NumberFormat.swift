import Foundation

/// Fixed, locale-free number formatting for tick and value labels.
public enum NumberFormat {
    /// `value` with `decimals` digits after the point, a true minus sign, and no "-0".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let digits = max(0, min(decimals, 10))
        var text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-") {
            let magnitude = text.dropFirst()
            if magnitude.allSatisfy({ $0 == "0" || $0 == "." }) {
                text = String(magnitude)
            } else {
                text = "\u{2212}" + magnitude
            }
        }
        return text
    }

    /// Decimals needed to write every multiple of `step` exactly (at most 6).
    public static func decimals(forStep step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-6 * max(1, scaled) {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }

    /// A compact label: integers plainly, otherwise up to 3 significant decimals.
    public static func compact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return fixed(value, decimals: 0) }
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3
        var text = fixed(value, decimals: decimals)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
