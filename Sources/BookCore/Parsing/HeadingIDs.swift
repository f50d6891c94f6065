/// Makes heading anchors (`## Why ReLU?` → `why-relu`), unique within a page.
///
/// Figures (`fig-…`) and cells (`cell-…`) have ids of their own on the same page, so a heading
/// whose anchor would start like theirs ("Fig curve" → `fig-curve`) gets `-section` added:
/// `@fig-curve` must always land on the figure.
struct HeadingIDs {
    static let reservedPrefixes = ["fig-", "cell-", "tbl-", "eq-", "sec-", "glia-", "fn-", "fnref-"]
    private var used: Set<String> = []

    mutating func unique(for title: String) -> String {
        var base = Self.slug(title)
        if Self.reservedPrefixes.contains(where: base.hasPrefix) { base += "-section" }
        var candidate = base
        var count = 0
        while used.contains(candidate) {
            count += 1
            candidate = "\(base)-\(count)"
        }
        used.insert(candidate)
        return candidate
    }

    /// An id the author chose (`## Title {#sec-name}`), kept as written.
    mutating func reserve(_ id: String) -> String {
        used.insert(id)
        return id
    }

    /// Lowercase letters and digits, other runs of characters collapsed to one hyphen.
    static func slug(_ title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}
