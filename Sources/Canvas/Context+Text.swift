@_implementationOnly import CCairo

extension Context {
    /// Selects DejaVu Sans (regular or bold) at `size` user-space units.
    public func setFont(size: Double, bold: Bool = false, family: String = "DejaVu Sans") {
        cairo_select_font_face(pointer, family, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(pointer, size)
    }

    /// The ink box and advance of `text` in the current font.
    public func textExtents(_ text: String) -> TextExtents {
        var extents = cairo_text_extents_t()
        cairo_text_extents(pointer, text, &extents)
        return TextExtents(bearingX: extents.x_bearing, bearingY: extents.y_bearing,
                           width: extents.width, height: extents.height,
                           advance: extents.x_advance)
    }

    /// Ascent, descent and line height of the current font.
    public func fontExtents() -> FontExtents {
        var extents = cairo_font_extents_t()
        cairo_font_extents(pointer, &extents)
        return FontExtents(ascent: extents.ascent, descent: extents.descent,
                           height: extents.height)
    }

    /// Draws `text` with its baseline starting at the current point.
    public func showText(_ text: String) { cairo_show_text(pointer, text) }
}
