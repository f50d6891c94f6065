/// A continuous colour map from 0…1 to colours, by linear interpolation between stops.
public struct ColorMap: Hashable, Sendable {
    /// A short name for the map; the dark-page version adds `-dark`.
    public var name: String
    /// At least two colours for a white page, spaced evenly over 0…1.
    public var stops: [Color]
    /// Stops for a dark page, designed with the light ones: what is faint on white is faint
    /// on the dark background. nil translates each light stop with `DarkInk`.
    public var darkStops: [Color]?

    /// A map through `stops`; traps when `stops` or `darkStops` has fewer than two colours.
    public init(name: String, stops: [Color], darkStops: [Color]? = nil) {
        precondition(stops.count >= 2, "a colour map needs at least two stops")
        precondition(darkStops.map { $0.count >= 2 } ?? true, "dark stops need at least two")
        self.name = name
        self.stops = stops
        self.darkStops = darkStops
    }

    /// This map for a dark page.
    public var forDarkPage: ColorMap {
        ColorMap(name: name + "-dark", stops: darkStops ?? stops.map(DarkInk.translate))
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
    ], darkStops: [
        Color(hex: 0x440154), Color(hex: 0x472D7B), Color(hex: 0x3B528B), Color(hex: 0x2C728E),
        Color(hex: 0x21918C), Color(hex: 0x28AE80), Color(hex: 0x5EC962), Color(hex: 0xADDC30),
        Color(hex: 0xFDE725),
    ])

    /// Probability of class 1: pale blue (class 0) → white at 0.5 → pale orange (class 1).
    /// Kept light so that class-coloured points stay readable on top.
    public static let probability = ColorMap(name: "probability", stops: [
        Color(hex: 0x94BFE2), Color(hex: 0xC4DDF0), Color(hex: 0xF7F7F7), Color(hex: 0xF8E4BA),
        Color(hex: 0xF5D28A),
    ], darkStops: [
        Color(hex: 0x1D4B73), Color(hex: 0x1B2F45), Color(hex: 0x17191E), Color(hex: 0x3E3118),
        Color(hex: 0x6A4E12),
    ])

    /// Activation of a hidden unit: near-white (off) → green (on). Light, like
    /// `probability`, so that class-coloured points stay readable on top, and not blue or
    /// orange, which mean the two classes.
    public static let activation = ColorMap(name: "activation", stops: [
        Color(hex: 0xF7F7F7), Color(hex: 0xD2EBE1), Color(hex: 0x9DD3BD), Color(hex: 0x5DB394),
    ], darkStops: [
        Color(hex: 0x17191E), Color(hex: 0x193329), Color(hex: 0x1D4D3B), Color(hex: 0x25694F),
    ])

    /// Signed values (weights): vermillion for negative, white for zero, blue for positive.
    public static let diverging = ColorMap(name: "diverging", stops: [
        Color(hex: 0xB04A00), Color(hex: 0xE8956A), Color(hex: 0xF7F7F7), Color(hex: 0x7AB3DA),
        Color(hex: 0x00568A),
    ], darkStops: [
        Color(hex: 0xF08A4B), Color(hex: 0x8A4A2A), Color(hex: 0x24262B), Color(hex: 0x2D5F86),
        Color(hex: 0x62B0E8),
    ])

    /// White → black, for ink on paper (digits).
    public static let grayInk = ColorMap(name: "grayInk", stops: [.white, .black],
                                            darkStops: [DarkInk.background, DarkInk.text])

    /// White → blue, for counts (confusion matrices).
    public static let blues = ColorMap(name: "blues", stops: [
        Color(hex: 0xF7FBFF), Color(hex: 0xC6DBEF), Color(hex: 0x6BAED6), Color(hex: 0x2171B5),
        Color(hex: 0x08306B),
    ], darkStops: [
        Color(hex: 0x1A1D22), Color(hex: 0x1C3450), Color(hex: 0x215A8C), Color(hex: 0x3A8ACB),
        Color(hex: 0x8CC4F0),
    ])
}
