/// Joins segments given as pairs of edge ids into chains; each id is shared by at most two
/// segments, so every chain is a path (or a loop, whose first id is repeated at the end).
struct SegmentChains {
    private var ends: [(Int, Int)] = []
    /// Edge id → indices of the (at most two) segments touching it.
    private var touching: [Int: [Int]] = [:]

    mutating func add(_ a: Int, _ b: Int) {
        touching[a, default: []].append(ends.count)
        touching[b, default: []].append(ends.count)
        ends.append((a, b))
    }

    func chains() -> [[Int]] {
        var used = [Bool](repeating: false, count: ends.count)
        var result: [[Int]] = []
        // Open chains first start at an id with one segment; loops are picked up afterwards.
        let starts = ends.indices.filter { touching[ends[$0].0]!.count == 1
            || touching[ends[$0].1]!.count == 1 } + Array(ends.indices)
        for first in starts where !used[first] {
            var (a, b) = ends[first]
            if touching[a]!.count != 1, touching[b]!.count == 1 { swap(&a, &b) }
            var chain = [a, b]
            used[first] = true
            while let next = touching[chain.last!]!.first(where: { !used[$0] }) {
                used[next] = true
                let (p, q) = ends[next]
                chain.append(p == chain.last! ? q : p)
            }
            result.append(chain)
        }
        return result
    }
}
