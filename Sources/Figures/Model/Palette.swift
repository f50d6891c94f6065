/// Okabe and Ito's colour-blind-safe palette. Class 0 is blue and class 1 is orange everywhere
/// in the book, with different marker shapes so print in grey still separates them.
public enum Palette {
    /// Orange, #E69F00: class 1.
    public static let orange = Color(hex: 0xE69F00)
    /// Sky blue, #56B4E9.
    public static let skyBlue = Color(hex: 0x56B4E9)
    /// Bluish green, #009E73.
    public static let green = Color(hex: 0x009E73)
    /// Yellow, #F0E442; too faint on white for lines.
    public static let yellow = Color(hex: 0xF0E442)
    /// Blue, #0072B2: class 0 and positive weights.
    public static let blue = Color(hex: 0x0072B2)
    /// Vermillion, #D55E00: negative weights.
    public static let vermillion = Color(hex: 0xD55E00)
    /// Reddish purple, #CC79A7.
    public static let purple = Color(hex: 0xCC79A7)
    /// Neutral grey, #7F7F7F.
    public static let gray = Color(hex: 0x7F7F7F)

    /// Series colours in order; yellow is left out because it vanishes on white. Sky blue
    /// comes after vermillion: as a fifth series next to blue it was hard to tell apart,
    /// worst on dark pages, where blue is lightened towards it; orange and vermillion, both
    /// Okabe-Ito colours, stay distinct for colour-blind readers too.
    public static let series: [Color] = [blue, orange, green, purple, vermillion, skyBlue, gray]

    /// The colour of series `index`, cycling.
    public static func series(_ index: Int) -> Color { series[abs(index) % series.count] }

    /// Class colours: 0 blue, 1 orange, then the other series colours.
    public static func classColor(_ index: Int) -> Color {
        let order = [blue, orange, green, vermillion, purple, skyBlue, gray]
        return order[abs(index) % order.count]
    }

    /// Class markers: 0 circle, 1 cross, then further distinct shapes.
    public static func classMarker(_ index: Int) -> MarkerShape {
        let order: [MarkerShape] = [.circle, .cross, .square, .triangle, .diamond]
        return order[abs(index) % order.count]
    }

    /// Colour of a positive weight in diagrams and weight images.
    public static let positive = blue
    /// Colour of a negative weight.
    public static let negative = vermillion
}
