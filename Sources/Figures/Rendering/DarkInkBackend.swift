/// Draws on another backend with every colour translated for a dark page (`DarkInk`).
/// Images pass unchanged: they come from colour maps, which have dark stops of their own.
final class DarkInkBackend: FigureBackend {
    private let base: FigureBackend
    /// A figure uses a few dozen colours many times over; each is translated once.
    private var translated: [Color: Color] = [:]

    init(drawingOn base: FigureBackend) {
        self.base = base
    }

    private func ink(_ color: Color) -> Color {
        if let known = translated[color] { return known }
        let result = DarkInk.translate(color)
        translated[color] = result
        return result
    }

    func save() { base.save() }
    func restore() { base.restore() }
    func clip(to rect: Rect) { base.clip(to: rect) }
    func fill(_ path: Path, color: Color) { base.fill(path, color: ink(color)) }

    func stroke(_ path: Path, style: StrokeStyle) {
        var style = style
        style.color = ink(style.color)
        base.stroke(path, style: style)
    }

    func measure(_ text: String, font: FontSpec) -> TextSize { base.measure(text, font: font) }

    func drawText(_ text: String, at origin: Point, font: FontSpec, color: Color,
                  rotation: Double) {
        base.drawText(text, at: origin, font: font, color: ink(color), rotation: rotation)
    }

    func drawImage(_ image: PixelGrid, in rect: Rect, smooth: Bool) {
        base.drawImage(image, in: rect, smooth: smooth)
    }
}
