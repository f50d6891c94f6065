/// An sRGB colour with straight alpha, channels in 0…1.
public struct Color: Equatable, Hashable, Sendable {
    /// Red channel, 0…1.
    public var red: Double
    /// Green channel, 0…1.
    public var green: Double
    /// Blue channel, 0…1.
    public var blue: Double
    /// Opacity, 0 (transparent) … 1 (opaque); channels are not premultiplied.
    public var alpha: Double

    /// A colour from channels in 0…1; opaque unless `alpha` says otherwise.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit hex literal such as `0xE69F00`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double(hex >> 16 & 0xFF) / 255, green: Double(hex >> 8 & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// The same colour with opacity `alpha` (0…1).
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// Linear mix: `t = 0` gives self, `t = 1` gives `other`.
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
              blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// Relative luminance (0 black … 1 white), used to pick readable text over a fill.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// `#RRGGBB` (plus alpha when not opaque), for recordings and SVG checks.
    public var hexString: String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            let digits = String(b, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        let rgb = "#" + byte(red) + byte(green) + byte(blue)
        return alpha >= 1 ? rgb : rgb + byte(alpha)
    }

    /// Premultiplied ARGB32, the pixel layout of image surfaces.
    public var premultipliedARGB: UInt32 {
        let a = min(max(alpha, 0), 1)
        func channel(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * a * 255).rounded()) }
        return UInt32((a * 255).rounded()) << 24 | channel(red) << 16 | channel(green) << 8
            | channel(blue)
    }

    /// Opaque black.
    public static let black = Color(hex: 0x000000)
    /// Opaque white.
    public static let white = Color(hex: 0xFFFFFF)
}
