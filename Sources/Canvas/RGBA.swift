/// A colour with straight (not premultiplied) alpha, each channel in 0…1.
public struct RGBA: Equatable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// The colour as one premultiplied ARGB32 pixel, the layout of Cairo's image surfaces.
    public var premultipliedARGB: UInt32 {
        func channel(_ value: Double) -> UInt32 {
            UInt32((min(max(value, 0), 1) * alpha * 255).rounded())
        }
        let a = UInt32((min(max(alpha, 0), 1) * 255).rounded())
        return a << 24 | channel(red) << 16 | channel(green) << 8 | channel(blue)
    }
}
