@_implementationOnly import CCairo

/// A drawing context on a `Surface` (Cairo's `cairo_t`), freed in `deinit`.
///
/// Path, paint and state calls mirror Cairo's. Errors are sticky in Cairo, so callers draw
/// freely and call `check()` once at the end; the first failure is thrown there.
public final class Context {
    let pointer: OpaquePointer
    /// Kept alive while the context draws on it.
    public let surface: Surface

    public init(_ surface: Surface) throws {
        guard let context = cairo_create(surface.pointer) else {
            throw CairoError(message: "could not create a drawing context")
        }
        pointer = context
        self.surface = surface
        try check()
        // Unhinted metrics make text widths scale exactly, so 1× and 2× share one layout.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
    }

    deinit { cairo_destroy(pointer) }

    /// Throws the first error Cairo recorded on this context or its surface.
    public func check() throws {
        try CairoError.check(cairo_status(pointer), "drawing")
        try surface.checkStatus("surface")
    }

    // MARK: State

    public func save() { cairo_save(pointer) }
    public func restore() { cairo_restore(pointer) }
    public func translate(_ x: Double, _ y: Double) { cairo_translate(pointer, x, y) }
    public func scale(_ x: Double, _ y: Double) { cairo_scale(pointer, x, y) }
    public func rotate(_ radians: Double) { cairo_rotate(pointer, radians) }

    public func setColor(_ color: RGBA) {
        cairo_set_source_rgba(pointer, color.red, color.green, color.blue, color.alpha)
    }

    public func setLineWidth(_ width: Double) { cairo_set_line_width(pointer, width) }

    /// Dash lengths alternate on/off; an empty array draws solid lines.
    public func setDash(_ lengths: [Double], offset: Double = 0) {
        cairo_set_dash(pointer, lengths, Int32(lengths.count), offset)
    }

    public func setLineCap(_ cap: LineCap) {
        switch cap {
        case .butt: cairo_set_line_cap(pointer, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(pointer, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(pointer, CAIRO_LINE_CAP_SQUARE)
        }
    }

    public func setLineJoin(_ join: LineJoin) {
        switch join {
        case .miter: cairo_set_line_join(pointer, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(pointer, CAIRO_LINE_JOIN_BEVEL)
        }
    }

    // MARK: Paths

    public func newPath() { cairo_new_path(pointer) }
    public func moveTo(_ x: Double, _ y: Double) { cairo_move_to(pointer, x, y) }
    public func lineTo(_ x: Double, _ y: Double) { cairo_line_to(pointer, x, y) }
    public func closePath() { cairo_close_path(pointer) }

    public func curveTo(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
                        _ x3: Double, _ y3: Double) {
        cairo_curve_to(pointer, x1, y1, x2, y2, x3, y3)
    }

    public func rectangle(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        cairo_rectangle(pointer, x, y, width, height)
    }

    /// A circular arc, angles in radians, clockwise in device space (y points down).
    public func arc(centerX: Double, centerY: Double, radius: Double, from start: Double,
                    to end: Double) {
        cairo_arc(pointer, centerX, centerY, radius, start, end)
    }

    // MARK: Painting

    public func fill(preserve: Bool = false) {
        preserve ? cairo_fill_preserve(pointer) : cairo_fill(pointer)
    }

    public func stroke(preserve: Bool = false) {
        preserve ? cairo_stroke_preserve(pointer) : cairo_stroke(pointer)
    }

    /// Intersects the clip with the current path (and clears the path).
    public func clip() { cairo_clip(pointer) }
    public func resetClip() { cairo_reset_clip(pointer) }
    public func paint() { cairo_paint(pointer) }

    /// Paints `image` scaled into the rectangle; `smooth` picks bilinear over nearest filtering.
    public func draw(_ image: PixelImage, x: Double, y: Double, width: Double, height: Double,
                     smooth: Bool) {
        save()
        rectangle(x, y, width, height)
        clip()
        translate(x, y)
        scale(width / Double(image.width), height / Double(image.height))
        cairo_set_source_surface(pointer, image.pointer, 0, 0)
        if let pattern = cairo_get_source(pointer) {
            cairo_pattern_set_filter(pattern, smooth ? CAIRO_FILTER_BILINEAR
                                                     : CAIRO_FILTER_NEAREST)
            // Pad keeps bilinear edges from fading into transparency.
            cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        }
        paint()
        restore()
    }
}
