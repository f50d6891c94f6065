/// A continuous colour map from 0…1 to colours, by linear interpolation between stops.
public struct ColorMap: Equatable, Sendable {
    public var name: String
    public var stops: [Color]

    public init(name: String, stops: [Color]) {
        precondition(stops.count >= 2, "a colour map needs at least two stops")
        self.name = name
        self.stops = stops
    }

    /// The colour at `t` (clamped to 0…1).
    public func color(at t: Double) -> Color {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }

    /// 256 premultiplied ARGB32 entries, for filling images quickly.
    public func lookupTable() -> [UInt32] {
        (0..<256).map { color(at: Double($0) / 255).premultipliedARGB }
    }

    /// Perceptually uniform dark-blue → green → yellow (sampled from matplotlib's viridis
    /// definition at nine points).
    public static let viridis = ColorMap(name: "viridis", stops: [
        Color(hex: 0x440154), Color(hex: 0x472D7B), Color(hex: 0x3B528B), Color(hex: 0x2C728E),
        Color(hex: 0x21918C), Color(hex: 0x28AE80), Color(hex: 0x5EC962), Color(hex: 0xADDC30),
        Color(hex: 0xFDE725),
    ])

    /// Probability of class 1: pale blue (class 0) → white at 0.5 → pale orange (class 1).
    /// Kept light so that class-coloured points stay readable on top.
    public static let probability = ColorMap(name: "probability", stops: [
        Color(hex: 0x94BFE2), Color(hex: 0xC4DDF0), Color(hex: 0xF7F7F7), Color(hex: 0xF7DFAE),
        Color(hex: 0xF2C56E),
    ])

    /// Activation of a hidden unit: near-white (off) → green (on). Light, like
    /// `probability`, so that class-coloured points stay readable on top, and not blue or
    /// orange, which mean the two classes.
    public static let activation = ColorMap(name: "activation", stops: [
        Color(hex: 0xF7F7F7), Color(hex: 0xD2EBE1), Color(hex: 0x9DD3BD), Color(hex: 0x5DB394),
    ])

    /// Signed values (weights): vermillion for negative, white for zero, blue for positive.
    public static let diverging = ColorMap(name: "diverging", stops: [
        Color(hex: 0xB04A00), Color(hex: 0xE8956A), Color(hex: 0xF7F7F7), Color(hex: 0x7AB3DA),
        Color(hex: 0x00568A),
    ])

    /// White → black, for ink on paper (digits).
    public static let grayInk = ColorMap(name: "grayInk", stops: [.white, .black])

    /// White → blue, for counts (confusion matrices).
    public static let blues = ColorMap(name: "blues", stops: [
        Color(hex: 0xF7FBFF), Color(hex: 0xC6DBEF), Color(hex: 0x6BAED6), Color(hex: 0x2171B5),
        Color(hex: 0x08306B),
    ])
}
