/// Makes heading anchors (`## Why ReLU?` → `why-relu`), unique within a page.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    mutating func unique(for title: String) -> String {
        let base = Self.slug(title)
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count)"
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
