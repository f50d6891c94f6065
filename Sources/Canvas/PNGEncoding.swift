@_implementationOnly import CCairo
@_implementationOnly import CPNG

/// How figure PNGs are stored: as small as their pixels allow, without visible loss.
///
/// Cairo's own PNG writer stores every pixel as 4 bytes at zlib's default level. A figure is
/// opaque and has few colours, so it is stored instead as palette indices (exact when the
/// image has at most 256 colours, else quantized by `ColorQuantizer` within a small error),
/// or as 3-byte RGB when quantizing would show. Palette images are compressed with libdeflate,
/// RGB ones written by libpng (see `glia_png_encode`). Images with transparency keep Cairo's
/// writer.
enum PNGEncoding {
    /// Compression level. Measured with zlib on a two-panel ReLU figure: level 9 made files 7 %
    /// smaller than level 6 but took 3.5 times as long (80 ms against 23 ms at 2×). libdeflate
    /// at 6 compresses chapter 5's figures twice as fast as zlib at 6, and 1.7 % smaller.
    static let compression: Int32 = 6

    static func encode(_ surface: OpaquePointer) throws -> [UInt8]? {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32,
              let base = cairo_image_surface_get_data(surface) else { return nil }
        var pixels = [UInt32](repeating: 0, count: width * height)
        var opaque = true
        pixels.withUnsafeMutableBufferPointer { out in
            for row in 0..<height {
                let line = UnsafeRawPointer(base + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<width {
                    let pixel = line[column]
                    if pixel >> 24 != 0xFF { opaque = false }
                    out[row * width + column] = pixel
                }
            }
        }
        guard opaque else { return nil }
        if let indexed = pixels.withUnsafeBufferPointer({ ColorQuantizer.indexed($0) }) {
            let palette = indexed.palette.flatMap { [UInt8($0 >> 16 & 0xFF), UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] }
            return try write(indexed.indices, width: width, height: height, channels: 1, palette: palette)
        }
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for (i, pixel) in pixels.enumerated() {
            rgb[3 * i] = UInt8(pixel >> 16 & 0xFF)
            rgb[3 * i + 1] = UInt8(pixel >> 8 & 0xFF)
            rgb[3 * i + 2] = UInt8(pixel & 0xFF)
        }
        return try write(rgb, width: width, height: height, channels: 3, palette: [])
    }

    private static func write(_ rows: [UInt8], width: Int, height: Int, channels: Int32,
                              palette: [UInt8]) throws -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var size = 0
        var message = [CChar](repeating: 0, count: 256)
        let status = glia_png_encode(rows, Int32(width), Int32(height), channels, palette,
                                     Int32(palette.count / 3), compression, &out, &size,
                                     &message, message.count)
        guard status == 0, let out else {
            throw CairoError(message: "could not encode PNG: " + String(cString: message))
        }
        defer { glia_png_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: size))
    }
}
