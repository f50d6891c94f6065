import Canvas
import Figures

/// Draws figures with Cairo through Canvas; one instance per output surface.
public final class CairoBackend: FigureBackend {
    let context: Context
    /// Pixel grids already uploaded, so a shared image is not converted twice.
    private var lastImage: (PixelGrid, PixelImage)?
    /// The first failure while drawing; drawing calls cannot throw, so it is kept until
    /// `finish()`.
    private var failure: Error?

    public init(context: Context) {
        self.context = context
    }

    /// Throws the first error met while drawing (Cairo's or an image upload's).
    public func finish() throws {
        if let failure { throw failure }
        try context.check()
    }

    public func save() { context.save() }
    public func restore() { context.restore() }

    public func clip(to rect: Rect) {
        context.rectangle(rect.x, rect.y, rect.width, rect.height)
        context.clip()
    }

    public func fill(_ path: Path, color: Color) {
        trace(path)
        context.setColor(rgba(color))
        context.fill()
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        trace(path)
        context.setColor(rgba(style.color))
        context.setLineWidth(style.width)
        context.setDash(style.dash)
        context.setLineCap(style.roundCaps ? .round : .butt)
        context.setLineJoin(.round)
        context.stroke()
    }

    public func measure(_ text: String, font: FontSpec) -> TextSize {
        context.setFont(size: font.size, bold: font.bold)
        let extents = context.textExtents(text)
        let fontExtents = context.fontExtents()
        // The advance includes side bearings, so neighbouring labels keep their spacing.
        return TextSize(width: max(extents.advance, extents.width + extents.bearingX),
                        ascent: fontExtents.ascent, descent: fontExtents.descent)
    }

    public func drawText(_ text: String, at origin: Point, font: FontSpec, color: Color,
                         rotation: Double) {
        context.save()
        context.setFont(size: font.size, bold: font.bold)
        context.setColor(rgba(color))
        context.translate(origin.x, origin.y)
        if rotation != 0 { context.rotate(rotation) }
        context.newPath()
        context.moveTo(0, 0)
        context.showText(text)
        context.restore()
    }

    public func drawImage(_ image: PixelGrid, in rect: Rect, smooth: Bool) {
        do {
            let pixels: PixelImage
            if let (grid, uploaded) = lastImage, grid == image {
                pixels = uploaded
            } else {
                pixels = try PixelImage(width: image.width, height: image.height,
                                        premultipliedARGB: image.pixels)
                lastImage = (image, pixels)
            }
            context.draw(pixels, x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                         smooth: smooth)
        } catch {
            if failure == nil { failure = error }
        }
    }

    private func trace(_ path: Path) {
        context.newPath()
        for element in path.elements {
            switch element {
            case .move(let p): context.moveTo(p.x, p.y)
            case .line(let p): context.lineTo(p.x, p.y)
            case .curve(let a, let b, let c): context.curveTo(a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: context.closePath()
            }
        }
    }

    private func rgba(_ color: Color) -> RGBA {
        RGBA(red: color.red, green: color.green, blue: color.blue, alpha: color.alpha)
    }
}
