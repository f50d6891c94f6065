import CCairo

/// A decoded PNG: width, height and 32-bit ARGB pixels (premultiplied, as Cairo keeps them).
/// Figures are compared by what a reader sees, not by their bytes.
public struct PixelImage: Sendable {
    public let width: Int
    public let height: Int
    /// Row by row, `width × height` values.
    public let pixels: [UInt32]

    /// Reads a PNG with Cairo (the library that wrote it); nil if it is not a readable PNG.
    public init?(contentsOfPNG path: String) {
        guard let surface = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
                || cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24 else { return nil }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        var pixels = [UInt32](repeating: 0, count: width * height)
        let (w, h) = (width, height)
        pixels.withUnsafeMutableBufferPointer { out in
            for row in 0..<h {
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<w {
                    out[row * w + column] = opaque ? line[column] | 0xFF00_0000 : line[column]
                }
            }
        }
        self.pixels = pixels
    }

    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Writes the image as a PNG; false if Cairo could not.
    public func writePNG(to path: String) -> Bool {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
        else { return false }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return false }
        for row in 0..<height {
            let line = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { line[column] = pixels[row * width + column] }
        }
        cairo_surface_mark_dirty(surface)
        return cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS
    }
}
