import Canvas
import Figures

extension Figure {
    /// The figure as PNG bytes; `scale` 2 doubles the pixel size with the same layout.
    public func pngData(scale: Double = 1) throws -> [UInt8] {
        guard scale.isFinite, scale > 0, scale <= 8 else {
            throw FigureError("PNG scale \(scale) must be in (0, 8]")
        }
        try validate()
        let surface = try Surface(imageWidth: Int((Double(width) * scale).rounded()),
                                  height: Int((Double(height) * scale).rounded()))
        let context = try Context(surface)
        context.scale(scale, scale)
        try draw(on: context)
        return try surface.pngData()
    }

    /// The figure as a standalone SVG document (sizes in CSS pixels).
    public func svgData() throws -> [UInt8] {
        try validate()
        let surface = try Surface(svgWidth: width, height: height)
        do {
            let context = try Context(surface)
            try draw(on: context)
        }
        return SVGCleanup.stableIdentifiers(try surface.finishSVG())
    }

    /// Writes `pngData(scale:)` to `path`.
    public func writePNG(to path: String, scale: Double = 1) throws {
        try FileOutput.write(try pngData(scale: scale), to: path)
    }

    /// Writes `svgData()` to `path`.
    public func writeSVG(to path: String) throws {
        try FileOutput.write(try svgData(), to: path)
    }

    private func draw(on context: Context) throws {
        let backend = CairoBackend(context: context)
        try FigureRenderer.render(self, on: backend)
        try backend.finish()
    }
}
