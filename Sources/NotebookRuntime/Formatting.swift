import Foundation

// Number formats for prose and printed tables. Each is fixed (no locale, no platform
// default), so the same run gives the same text on every machine.

/// Formats a number with a fixed count of decimals: `fmt(0.12345, 3)` → `"0.123"`.
public func fmt<T: BinaryFloatingPoint>(_ value: T, _ decimals: Int = 3) -> String {
    String(format: "%.\(decimals)f", Double(value))
}

/// Formats a fraction as a percentage: `percent(0.9731)` → `"97.3%"`.
public func percent<T: BinaryFloatingPoint>(_ fraction: T, _ decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f%%", Double(fraction) * 100)
}

/// Formats a number in scientific notation for reading: `sci(8.94e-8, 1)` → `"8.9 × 10⁻⁸"`,
/// with `decimals` digits after the point of the mantissa. Zero is `"0"`.
public func sci<T: BinaryFloatingPoint>(_ value: T, _ decimals: Int = 1) -> String {
    let x = Double(value)
    guard x != 0, x.isFinite else { return x == 0 ? "0" : "\(x)" }
    // %e rounds the mantissa and fixes the exponent together (9.96e-8 → 1.0e-07).
    let parts = String(format: "%.\(max(0, decimals))e", x).split(separator: "e")
    let exponent = Int(parts[1])!
    let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷",
        "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    let power = String(String(exponent).map { superscripts[$0]! })
    return "\(parts[0]) × 10\(power)"
}

/// Formats an integer with a comma between thousands: `grouped(62500)` → `"62,500"`.
public func grouped<T: BinaryInteger>(_ value: T) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return value < 0 ? "−" + result : result
}
