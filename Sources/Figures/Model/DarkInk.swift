import Foundation

/// Translates the colours of a figure designed for a white page into colours for a dark page.
///
/// Figures are designed once, on white. Drawing them again for a dark page should not need a
/// second design of every plot, so each colour is translated when it is drawn, in OKLab (a
/// perceptual colour space, so lightness moves without shifting hue):
/// - greys and near-greys swap ends: white becomes the page's dark background, black text
///   becomes light text, a light grid line becomes a dim one;
/// - saturated colours keep their hue and chroma (class 0 stays blue, class 1 orange) and are
///   lifted to a lightness that reads on the dark background;
/// - colours in between blend the two rules by how saturated they are.
/// Colour maps are not translated pixel by pixel: each has dark stops of its own
/// (`ColorMap.forDarkPage`), designed so class-coloured points stay readable on top.
public enum DarkInk {
    /// The dark page's background (glia's dark theme, `--bg`).
    public static let background = Color(hex: 0x14161B)
    /// What black text becomes.
    public static let text = Color(hex: 0xE6E6E6)
    /// Saturated colours are lifted to at least this OKLab lightness.
    static let minimumLightness = 0.72

    /// `color` as drawn on a dark page; alpha is kept.
    public static func translate(_ color: Color) -> Color {
        if color.red == 1, color.green == 1, color.blue == 1 {
            return background.withAlpha(color.alpha)
        }
        let lab = OKLab(color)
        let chroma = (lab.a * lab.a + lab.b * lab.b).squareRoot()
        // Neutral rule: lightness L → position between background and text, black (and
        // anything darker than L 0.2) at full text lightness.
        let t = min(max((1 - lab.l) / 0.8, 0), 1)
        let low = OKLab(background), high = OKLab(text)
        let neutral = OKLab(l: low.l + (high.l - low.l) * t, a: low.a + (high.a - low.a) * t,
                            b: low.b + (high.b - low.b) * t)
        // Saturated rule: same hue and chroma, lifted.
        let vivid = OKLab(l: max(lab.l, minimumLightness), a: lab.a, b: lab.b)
        let w = smoothstep(0.03, 0.09, chroma)
        let mixed = OKLab(l: neutral.l + (vivid.l - neutral.l) * w,
                          a: neutral.a + (vivid.a - neutral.a) * w,
                          b: neutral.b + (vivid.b - neutral.b) * w)
        return mixed.color(alpha: color.alpha)
    }

    private static func smoothstep(_ edge0: Double, _ edge1: Double, _ x: Double) -> Double {
        let t = min(max((x - edge0) / (edge1 - edge0), 0), 1)
        return t * t * (3 - 2 * t)
    }
}

/// A colour in Björn Ottosson's OKLab space (L 0…1, a and b about −0.4…0.4).
struct OKLab {
    var l: Double
    var a: Double
    var b: Double

    init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    init(_ color: Color) {
        let r = OKLab.linear(color.red), g = OKLab.linear(color.green)
        let bl = OKLab.linear(color.blue)
        let lms = [0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl,
                   0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl,
                   0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl].map { cbrt($0) }
        l = 0.2104542553 * lms[0] + 0.7936177850 * lms[1] - 0.0040720468 * lms[2]
        a = 1.9779984951 * lms[0] - 2.4285922050 * lms[1] + 0.4505937099 * lms[2]
        b = 0.0259040371 * lms[0] + 0.7827717662 * lms[1] - 0.8086757660 * lms[2]
    }

    /// The sRGB colour; out-of-gamut colours lose chroma (hue and lightness kept) until
    /// they fit, so a lifted saturated colour never clips to a different hue.
    func color(alpha: Double) -> Color {
        if let rgb = rgb(chromaScale: 1) { return Color(red: rgb.0, green: rgb.1, blue: rgb.2, alpha: alpha) }
        var inside = 0.0, outside = 1.0
        for _ in 0..<20 {
            let middle = (inside + outside) / 2
            if rgb(chromaScale: middle) != nil { inside = middle } else { outside = middle }
        }
        let rgb = self.rgb(chromaScale: inside) ?? (l, l, l)
        return Color(red: rgb.0, green: rgb.1, blue: rgb.2, alpha: alpha)
    }

    private func rgb(chromaScale k: Double) -> (Double, Double, Double)? {
        let a = self.a * k, b = self.b * k
        let l_ = l + 0.3963377774 * a + 0.2158037573 * b
        let m_ = l - 0.1055613458 * a - 0.0638541728 * b
        let s_ = l - 0.0894841775 * a - 1.2914855480 * b
        let lc = l_ * l_ * l_, mc = m_ * m_ * m_, sc = s_ * s_ * s_
        let linear = [4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
                      -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
                      -0.0041960863 * lc - 0.7034186147 * mc + 1.7076147010 * sc]
        let tolerance = 1e-6
        guard linear.allSatisfy({ $0 >= -tolerance && $0 <= 1 + tolerance }) else { return nil }
        let rgb = linear.map { OKLab.gamma(min(max($0, 0), 1)) }
        return (rgb[0], rgb[1], rgb[2])
    }

    private static func linear(_ v: Double) -> Double {
        v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }

    private static func gamma(_ v: Double) -> Double {
        v <= 0.0031308 ? v * 12.92 : 1.055 * pow(v, 1 / 2.4) - 0.055
    }
}
