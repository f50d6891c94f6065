@_implementationOnly import CCairo

/// An ARGB32 pixel grid that can be painted onto a `Context`, scaled with a chosen filter.
/// Used for heat maps: one pixel per grid cell, scaled up by Cairo.
public final class PixelImage {
    let pointer: OpaquePointer
    public let width: Int
    public let height: Int

    /// Builds an image from premultiplied ARGB32 pixels, row by row from the top.
    public init(width: Int, height: Int, premultipliedARGB pixels: [UInt32]) throws {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw CairoError(message: "image size \(width)×\(height) is not in 1…32767")
        }
        guard pixels.count == width * height else {
            throw CairoError(message: "image of \(width)×\(height) needs \(width * height) "
                             + "pixels, got \(pixels.count)")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width),
                                                       Int32(height)) else {
            throw CairoError(message: "could not create a \(width)×\(height) image")
        }
        pointer = surface
        self.width = width
        self.height = height
        try CairoError.check(cairo_surface_status(surface), "cairo_image_surface_create")
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else {
            throw CairoError(message: "image surface has no pixel data")
        }
        pixels.withUnsafeBufferPointer { source in
            for row in 0..<height {
                let target = UnsafeMutableRawPointer(base + row * stride)
                    .assumingMemoryBound(to: UInt32.self)
                target.update(from: source.baseAddress! + row * width, count: width)
            }
        }
        cairo_surface_mark_dirty(surface)
    }

    deinit { cairo_surface_destroy(pointer) }
}
