/// How heavy a page may get before the build warns (`book.yml`'s `budgets:`, in KiB), for
/// readers on phones and slow connections. `glia build --strict` fails instead of warning.
public struct WeightBudgets: Sendable, Equatable {
    /// A page without its figures: HTML, stylesheet, scripts and fonts.
    public var pageKiB = 100
    /// Any one image a page shows (each PNG of a figure and of each explorable frame).
    public var figureKiB = 500
    /// A chapter fully scrolled on a phone: the page and every figure's phone image.
    public var phoneKiB = 1536

    public init() {}

    /// The keys of `budgets:`, with what each limits.
    static let keys: [(key: String, holds: String)] = [
        ("page", "KiB of a page without its figures"),
        ("figure", "KiB of any one figure image"),
        ("phone", "KiB of a chapter fully scrolled on a phone"),
    ]

    mutating func set(_ key: String, kib: Int) {
        switch key {
        case "page": pageKiB = kib
        case "figure": figureKiB = kib
        default: phoneKiB = kib
        }
    }
}
