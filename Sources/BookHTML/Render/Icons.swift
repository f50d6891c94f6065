/// Inline SVG icons (inline, so they need no extra request and follow `currentColor`).
enum Icons {
    static let menu = svg(#"<path d="M3 6h18M3 12h18M3 18h18"/>"#)
    static let moon = svg(#"<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>"#)
    static let sun = svg(
        #"<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4"#
            + #"M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>"#)
    static let search = svg(#"<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/>"#)

    private static func svg(_ paths: String) -> String {
        "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\" fill=\"none\" "
            + "stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" "
            + "stroke-linejoin=\"round\" aria-hidden=\"true\" focusable=\"false\">" + paths + "</svg>"
    }
}
