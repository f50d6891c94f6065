/// Default colours: unlabelled-colour series take palette colours in order of appearance.
enum ItemColors {
    static func color(for items: [PlotItem], at index: Int, theme: Theme) -> Color {
        var automatic = 0
        for item in items[..<index] {
            switch item {
            case .line(let s) where s.color == nil: automatic += 1
            case .scatter(let s) where s.color == nil: automatic += 1
            default: break
            }
        }
        return Palette.series(automatic)
    }
}
