/// Telling a link into the book (`02-relu.md#units`, `img/a.png`) from one elsewhere, and
/// splitting off its fragment or query.
enum LocalURL {
    /// No scheme, no `//host`, not just a fragment: a path inside the book.
    static func isLocal(_ url: String) -> Bool {
        !url.hasPrefix("#") && !url.hasPrefix("//") && !url.contains(":")
    }

    /// The path and what follows it from the first `#` or `?`.
    static func splitFragment(_ url: String) -> (String, String) {
        guard let hash = url.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (url, "") }
        return (String(url[..<hash]), String(url[hash...]))
    }
}
