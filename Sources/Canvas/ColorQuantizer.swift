/// Reduces an opaque image to at most 256 colours, so it can be stored as an indexed PNG
/// (one byte per pixel instead of four, which also deflates better).
///
/// A figure is mostly flat colour: background, grid, a few series colours, and the
/// anti-aliased edges between them. When it has 256 colours or fewer, the palette is exact
/// and nothing is lost. Otherwise the colours that cover large areas keep exact entries (a
/// background must stay exactly the page's colour) and the rest (edge blends, smooth shading)
/// are grouped by median cut, each group drawn as its count-weighted mean colour. The result
/// is refused, and the caller keeps full colour, when the error would be visible.
struct ColorQuantizer {
    /// At most this many distinct colours are counted; an image with more (a photograph,
    /// a fine gradient over the whole figure) keeps full colour.
    static let maximumDistinct = 1 << 16
    /// Largest accepted root-mean-square error per channel, in 0…255 steps, over all pixels.
    static let maximumRMSError = 1.5

    /// An image as palette indices.
    struct Indexed {
        /// 0xRRGGBB per entry.
        var palette: [UInt32]
        /// One entry index per pixel, row-major.
        var indices: [UInt8]
    }

    /// `pixels` are 0xRRGGBB (any high byte is ignored). Nil when the image cannot be stored
    /// in 256 colours without visible loss.
    static func indexed(_ pixels: UnsafeBufferPointer<UInt32>) -> Indexed? {
        guard var histogram = ColorHistogram(pixels, limit: maximumDistinct) else { return nil }
        let colors = histogram.entries()
        let palette: [UInt32]
        let assignment: [Int]  // palette index per entry of `colors`
        if colors.count <= 256 {
            palette = colors.map(\.color)
            assignment = Array(colors.indices)
        } else {
            (palette, assignment) = quantize(colors, total: pixels.count)
            var squared = 0.0
            for (entry, index) in zip(colors, assignment) {
                squared += Double(entry.count) * distance(entry.color, palette[index])
            }
            guard (squared / Double(pixels.count) / 3).squareRoot() <= maximumRMSError else {
                return nil
            }
        }
        for (entry, index) in zip(colors, assignment) {
            histogram.setIndex(UInt8(index), of: entry.color)
        }
        var indices = [UInt8](repeating: 0, count: pixels.count)
        indices.withUnsafeMutableBufferPointer { out in
            var last: UInt32 = 0xFFFF_FFFF, lastIndex: UInt8 = 0
            for i in 0..<pixels.count {
                let color = pixels[i] & 0xFF_FFFF
                if color != last {
                    last = color
                    lastIndex = histogram.index(of: color)
                }
                out[i] = lastIndex
            }
        }
        return Indexed(palette: palette, indices: indices)
    }

    /// Heavy colours (each on at least 1/256 of the pixels, at most 64 of them) exactly; the
    /// rest by median cut into the remaining entries. Each colour goes to its group's mean,
    /// or to a heavy colour when that is nearer.
    private static func quantize(_ colors: [ColorHistogram.Entry], total: Int)
        -> (palette: [UInt32], assignment: [Int]) {
        let heavy = Array(colors.prefix { $0.count * 256 >= total }.prefix(64))
        var palette = heavy.map(\.color)
        var assignment = Array(heavy.indices)
        let rest = Array(colors.dropFirst(heavy.count))
        let groups = medianCut(rest, into: 256 - heavy.count)
        var groupOf = [Int](repeating: 0, count: rest.count)
        for (g, group) in groups.enumerated() {
            for k in group { groupOf[k] = g }
            palette.append(mean(group.map { rest[$0] }))
        }
        for (k, entry) in rest.enumerated() {
            var best = heavy.count + groupOf[k]
            var bestDistance = distance(entry.color, palette[best])
            for (h, color) in heavy.map(\.color).enumerated() {
                let d = distance(entry.color, color)
                if d < bestDistance { (best, bestDistance) = (h, d) }
            }
            assignment.append(best)
        }
        return (palette, assignment)
    }

    /// Splits the entries (by index) into at most `count` groups: again and again the group
    /// with the widest channel range (weighted by how many pixels it covers) is cut at the
    /// weighted median of that channel.
    private static func medianCut(_ entries: [ColorHistogram.Entry], into count: Int) -> [[Int]] {
        func channel(_ color: UInt32, _ c: Int) -> Int { Int(color >> UInt32(16 - 8 * c) & 0xFF) }
        struct Group {
            var members: [Int]
            var channel = 0
            var score = 0
        }
        func scored(_ members: [Int]) -> Group {
            var group = Group(members: members)
            guard members.count > 1 else { return group }
            var low = [255, 255, 255], high = [0, 0, 0], pixels = 0
            for k in members {
                pixels += entries[k].count
                for c in 0..<3 {
                    let v = channel(entries[k].color, c)
                    low[c] = min(low[c], v)
                    high[c] = max(high[c], v)
                }
            }
            for c in 0..<3 where (high[c] - low[c]) * pixels > group.score {
                (group.channel, group.score) = (c, (high[c] - low[c]) * pixels)
            }
            return group
        }
        var groups = [scored(Array(entries.indices))]
        while groups.count < count {
            // The first of the highest-scoring groups, so ties split the same way every run.
            var pick = 0
            for index in groups.indices where groups[index].score > groups[pick].score { pick = index }
            guard groups[pick].score > 0 else { break }
            let c = groups[pick].channel
            let sorted = groups[pick].members.sorted {
                (channel(entries[$0].color, c), entries[$0].color)
                    < (channel(entries[$1].color, c), entries[$1].color)
            }
            let half = sorted.reduce(0) { $0 + entries[$1].count } / 2
            var running = 0, cut = 1
            for (position, k) in sorted.enumerated() {
                running += entries[k].count
                if running >= half {
                    cut = min(max(position + 1, 1), sorted.count - 1)
                    break
                }
            }
            groups[pick] = scored(Array(sorted[..<cut]))
            groups.append(scored(Array(sorted[cut...])))
        }
        return groups.map(\.members)
    }

    private static func mean(_ entries: [ColorHistogram.Entry]) -> UInt32 {
        var sums = [0, 0, 0], total = 0
        for entry in entries {
            for c in 0..<3 { sums[c] += Int(entry.color >> UInt32(16 - 8 * c) & 0xFF) * entry.count }
            total += entry.count
        }
        let rgb = sums.map { UInt32((Double($0) / Double(max(total, 1))).rounded()) }
        return rgb[0] << 16 | rgb[1] << 8 | rgb[2]
    }

    private static func distance(_ a: UInt32, _ b: UInt32) -> Double {
        var sum = 0.0
        for shift: UInt32 in [0, 8, 16] {
            let d = Double(Int(a >> shift & 0xFF) - Int(b >> shift & 0xFF))
            sum += d * d
        }
        return sum
    }
}

/// Pixel counts per colour in an open-addressing hash table (a figure has a few thousand
/// colours among millions of pixels, so this pass must be cheap), later holding each
/// colour's palette index.
struct ColorHistogram {
    struct Entry {
        var color: UInt32
        var count: Int
    }

    private static let empty: UInt32 = 0xFFFF_FFFF
    private var keys: [UInt32]
    private var counts: [Int]
    private var indices: [UInt8]
    private var mask: Int

    /// Nil when the image has more than `limit` colours.
    init?(_ pixels: UnsafeBufferPointer<UInt32>, limit: Int) {
        let size = 1 << 17   // twice `limit` at most, so probes stay short
        keys = [UInt32](repeating: Self.empty, count: size)
        counts = [Int](repeating: 0, count: size)
        indices = [UInt8](repeating: 0, count: size)
        mask = size - 1
        var distinct = 0
        var last: UInt32 = Self.empty, lastSlot = 0
        for pixel in pixels {
            let color = pixel & 0xFF_FFFF
            if color == last {
                counts[lastSlot] += 1
                continue
            }
            let slot = self.slot(of: color)
            if keys[slot] == Self.empty {
                distinct += 1
                if distinct > limit { return nil }
                keys[slot] = color
            }
            counts[slot] += 1
            (last, lastSlot) = (color, slot)
        }
    }

    private func slot(of color: UInt32) -> Int {
        var slot = Int((color &* 2_654_435_761) >> 15) & mask
        while keys[slot] != Self.empty && keys[slot] != color { slot = (slot + 1) & mask }
        return slot
    }

    /// Every colour with its count, most frequent first (ties by colour, so the order is
    /// the same on every run).
    func entries() -> [Entry] {
        keys.indices.filter { keys[$0] != Self.empty }
            .map { Entry(color: keys[$0], count: counts[$0]) }
            .sorted { ($0.count, $1.color) > ($1.count, $0.color) }
    }

    mutating func setIndex(_ index: UInt8, of color: UInt32) { indices[slot(of: color)] = index }
    func index(of color: UInt32) -> UInt8 { indices[slot(of: color)] }
}
