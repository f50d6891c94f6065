/// Levenshtein distance over characters, to put likely typos first.
public func editDistance(_ a: String, _ b: String) -> Int {
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

/// The candidate closest to `word` by edit distance (ties: alphabetical), if it is close
/// enough to be a likely typo: at most 2 edits, or a third of the word.
public func likelyTypo(of word: String, among candidates: some Sequence<String>) -> String? {
    guard let best = candidates.min(by: { (editDistance(word, $0), $0) < (editDistance(word, $1), $1) })
    else { return nil }
    return editDistance(word, best) <= max(2, word.count / 3) ? best : nil
}
