import Foundation

/// A backend that records every drawing command as a line of text, for snapshot tests.
/// Text is measured with a fixed approximation of DejaVu Sans so recordings are stable.
public final class RecordingBackend: FigureBackend {
    /// The commands recorded so far, in order.
    public private(set) var commands: [String] = []

    /// A backend with nothing recorded yet.
    public init() {}

    /// All commands, one per line.
    public var transcript: String { commands.joined(separator: "\n") + "\n" }

    /// Records `save`.
    public func save() { commands.append("save") }
    /// Records `restore`.
    public func restore() { commands.append("restore") }
    public func clip(to rect: Rect) { commands.append("clip \(format(rect))") }

    /// Records the fill colour and the path.
    public func fill(_ path: Path, color: Color) {
        commands.append("fill \(color.hexString) \(format(path))")
    }

    /// Records the stroke colour, width, dash pattern and the path.
    public func stroke(_ path: Path, style: StrokeStyle) {
        let dash = style.dash.isEmpty ? "" : " dash " + style.dash.map(num).joined(separator: ",")
        commands.append("stroke \(style.color.hexString) w\(num(style.width))\(dash) "
                        + format(path))
    }

    public func measure(_ text: String, font: FontSpec) -> TextSize {
        let perCharacter = font.bold ? 0.66 : 0.6
        return TextSize(width: Double(text.count) * perCharacter * font.size,
                        ascent: 0.93 * font.size, descent: 0.24 * font.size)
    }

    public func drawText(_ text: String, at origin: Point, font: FontSpec, color: Color,
                         rotation: Double) {
        let turn = rotation == 0 ? "" : " rot \(num(rotation))"
        commands.append("text \"\(text)\" at \(num(origin.x)),\(num(origin.y)) "
                        + "size \(num(font.size))\(font.bold ? " bold" : "") "
                        + "\(color.hexString)\(turn)")
    }

    public func drawImage(_ image: PixelGrid, in rect: Rect, smooth: Bool) {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for pixel in image.pixels {
            hash = (hash ^ UInt64(pixel)) &* 1_099_511_628_211
        }
        commands.append("image \(image.width)x\(image.height) in \(format(rect)) "
                        + "\(smooth ? "smooth" : "nearest") fnv \(String(hash, radix: 16))")
    }

    private func num(_ value: Double) -> String { NumberFormat.compact(value) }

    private func format(_ rect: Rect) -> String {
        "\(num(rect.x)),\(num(rect.y)) \(num(rect.width))x\(num(rect.height))"
    }

    private func format(_ path: Path) -> String {
        path.elements.map { element -> String in
            switch element {
            case .move(let p): return "M\(num(p.x)),\(num(p.y))"
            case .line(let p): return "L\(num(p.x)),\(num(p.y))"
            case .curve(_, _, let p): return "C\(num(p.x)),\(num(p.y))"
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }
}
