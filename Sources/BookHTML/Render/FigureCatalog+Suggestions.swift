extension FigureCatalog {
    /// A short list of the book's figure labels for an error message, the closest to `label`
    /// first.
    func knownLabels(near label: String, limit: Int = 5) -> String {
        guard !entries.isEmpty else { return "this book has no figures" }
        var seen = Set<String>()
        let labels = entries.map(\.label).filter { seen.insert($0).inserted }
        let ranked = labels.enumerated()
            .map { (distance: editDistance(label, $0.element), order: $0.offset, label: $0.element) }
            .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
        var list = ranked.prefix(limit).map { "@" + $0.label }.joined(separator: ", ")
        if labels.count > limit { list += ", … (\(labels.count - limit) more)" }
        return "figures in this book: " + list
    }
}

/// Levenshtein distance over characters, to put likely typos first.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
