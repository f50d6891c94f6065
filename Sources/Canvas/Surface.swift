@_implementationOnly import CCairo

/// A Cairo surface that Canvas owns: either an ARGB32 image or an SVG document in memory.
///
/// Pixel sizes are integers; the surface is destroyed in `deinit`.
public final class Surface {
    let pointer: OpaquePointer
    /// Bytes written by the SVG surface's stream callback; nil for image surfaces.
    let svgSink: ByteSink?
    public let width: Int
    public let height: Int

    /// An ARGB32 image surface of `width` × `height` pixels, cleared to transparent.
    public init(imageWidth width: Int, height: Int) throws {
        try Surface.checkSize(width, height)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width),
                                                       Int32(height)) else {
            throw CairoError(message: "could not create a \(width)×\(height) image surface")
        }
        self.pointer = surface
        self.svgSink = nil
        self.width = width
        self.height = height
        try checkStatus("cairo_image_surface_create(\(width)×\(height))")
    }

    /// An SVG surface of `width` × `height` points whose document is collected in memory;
    /// call `finishSVG()` to get the bytes.
    public init(svgWidth width: Int, height: Int) throws {
        try Surface.checkSize(width, height)
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_svg_surface_create_for_stream(
            svgWrite, closure, Double(width), Double(height)) else {
            throw CairoError(message: "could not create a \(width)×\(height) SVG surface")
        }
        self.pointer = surface
        self.svgSink = sink
        self.width = width
        self.height = height
        try checkStatus("cairo_svg_surface_create_for_stream")
        // Version 1.1 is understood everywhere; the default is the same, pinned for stability.
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
    }

    deinit { cairo_surface_destroy(pointer) }

    private static func checkSize(_ width: Int, _ height: Int) throws {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw CairoError(message: "surface size \(width)×\(height) is not in 1…32767")
        }
    }

    func checkStatus(_ operation: String) throws {
        try CairoError.check(cairo_surface_status(pointer), operation)
    }

    /// Encodes an image surface as PNG bytes.
    public func pngData() throws -> [UInt8] {
        guard svgSink == nil else {
            throw CairoError(message: "pngData() needs an image surface, not an SVG surface")
        }
        cairo_surface_flush(pointer)
        if let compact = try PNGEncoding.encode(pointer) { return compact }
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(pointer, svgWrite, closure)
        }
        try CairoError.check(status, "cairo_surface_write_to_png_stream")
        return sink.bytes
    }

    /// Finishes an SVG surface and returns the complete document. Drawing afterwards fails.
    public func finishSVG() throws -> [UInt8] {
        guard let sink = svgSink else {
            throw CairoError(message: "finishSVG() needs an SVG surface, not an image surface")
        }
        cairo_surface_finish(pointer)
        try checkStatus("cairo_surface_finish")
        return sink.bytes
    }
}

/// Collects bytes handed to Cairo's stream callbacks.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// Cairo write callback shared by PNG and SVG streams; `closure` is an unretained ByteSink.
private func svgWrite(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?,
                      _ length: UInt32) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
