import Canvas

/// How two renderings of a figure differ, pixel by pixel.
public struct PixelComparison: Sendable, Equatable {
    /// A rectangle in pixels of the "before" image.
    public struct Region: Sendable, Equatable {
        public var x: ClosedRange<Int>
        public var y: ClosedRange<Int>
    }

    /// Share of pixels that differ (0…1); 1 when the sizes differ.
    public let changedFraction: Double
    /// The smallest rectangle holding every changed pixel (nil if none, or sizes differ).
    public let region: Region?
    /// Set when the two images have different sizes.
    public let sizes: (before: String, after: String)?

    /// A pixel counts as changed when a channel differs by more than this (0…255), so
    /// anti-aliasing noise between two machines is not a change.
    public static let defaultChannelThreshold = 24

    public static func == (a: PixelComparison, b: PixelComparison) -> Bool {
        a.changedFraction == b.changedFraction && a.region == b.region
            && a.sizes?.before == b.sizes?.before && a.sizes?.after == b.sizes?.after
    }

    /// Two images of different sizes: every pixel counts as changed.
    public init(resizedFrom before: (width: Int, height: Int), to after: (width: Int, height: Int)) {
        changedFraction = 1
        region = nil
        sizes = ("\(before.width)×\(before.height)", "\(after.width)×\(after.height)")
    }

    public init(_ before: DecodedPNG, _ after: DecodedPNG,
                channelThreshold: Int = PixelComparison.defaultChannelThreshold) {
        guard before.width == after.width, before.height == after.height else {
            self = PixelComparison(resizedFrom: (before.width, before.height), to: (after.width, after.height))
            return
        }
        sizes = nil
        var changed = 0
        var minX = Int.max, maxX = -1, minY = Int.max, maxY = -1
        for index in 0..<before.pixels.count where before.pixels[index] != after.pixels[index] {
            guard Self.differ(before.pixels[index], after.pixels[index], by: channelThreshold) else { continue }
            changed += 1
            let (x, y) = (index % before.width, index / before.width)
            minX = min(minX, x); maxX = max(maxX, x)
            minY = min(minY, y); maxY = max(maxY, y)
        }
        changedFraction = before.pixels.isEmpty ? 0 : Double(changed) / Double(before.pixels.count)
        region = changed == 0 ? nil : Region(x: minX...maxX, y: minY...maxY)
    }

    private static func differ(_ a: UInt32, _ b: UInt32, by threshold: Int) -> Bool {
        for shift in stride(from: 0, through: 24, by: 8) {
            let ca = Int((a >> UInt32(shift)) & 0xFF), cb = Int((b >> UInt32(shift)) & 0xFF)
            if abs(ca - cb) > threshold { return true }
        }
        return false
    }

    /// The "after" image with unchanged pixels faded to light grey and changed ones in
    /// magenta, for the changes page.
    public static func highlight(_ before: DecodedPNG, _ after: DecodedPNG,
                                 channelThreshold: Int = defaultChannelThreshold) -> [UInt32] {
        guard before.width == after.width, before.height == after.height else { return after.pixels }
        let pixels = zip(before.pixels, after.pixels).map { old, new -> UInt32 in
            if differ(old, new, by: channelThreshold) { return 0xFFE0_00A0 }
            // Luminance of the new pixel, lifted towards white.
            let r = (new >> 16) & 0xFF, g = (new >> 8) & 0xFF, b = new & 0xFF
            let grey = UInt32(215 + (r * 3 + g * 6 + b) / 10 * 40 / 255)
            return 0xFF00_0000 | grey << 16 | grey << 8 | grey
        }
        return pixels
    }
}
