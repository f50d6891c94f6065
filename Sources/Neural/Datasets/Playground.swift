import Foundation

/// Two-dimensional classification sets in the style of TensorFlow Playground, labels 0/1.
///
/// Points lie in about [-6, 6]²; `noise` (0 = clean, 0.5 = heavy) jitters the points after
/// they were labelled, so noisy sets overlap near the boundary.
public enum Playground {
    /// Inner disc (label 1, radius < 2.5) against a ring (label 0, radius 3.5 to 5).
    public static func circle(count: Int = 500, noise: Float = 0, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        return make(count: count, rng: &rng) { i, rng in
            let inner = i < count / 2
            let r = inner ? rng.uniform(0 ..< 2.5) : rng.uniform(3.5 ..< 5)
            let angle = rng.uniform(0 ..< 2 * .pi)
            return (r * sin(angle), r * cos(angle), inner ? 1 : 0, 5 * noise)
        }
    }

    /// Quadrants: label 1 where both coordinates have the same sign.
    public static func xor(count: Int = 500, noise: Float = 0, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        return make(count: count, rng: &rng) { _, rng in
            // Keep points 0.3 away from the axes so the clean set has a margin.
            var a = rng.uniform(-5 ..< 5), b = rng.uniform(-5 ..< 5)
            a += a > 0 ? 0.3 : -0.3
            b += b > 0 ? 0.3 : -0.3
            return (a, b, a * b >= 0 ? 1 : 0, 5 * noise)
        }
    }

    /// Two Gaussian blobs centred at (2, 2) (label 1) and (-2, -2) (label 0), standard
    /// deviation `1 + 2 · noise`.
    public static func gaussians(count: Int = 500, noise: Float = 0, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        return make(count: count, rng: &rng) { i, rng in
            let positive = i < count / 2
            let c: Float = positive ? 2 : -2
            let std = 1 + 2 * noise
            return (rng.normal(mean: c, std: std), rng.normal(mean: c, std: std),
                    positive ? 1 : 0, 0)
        }
    }

    /// Two interleaved spiral arms, 1.75 turns each out to radius 5.
    public static func spiral(count: Int = 500, noise: Float = 0, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        let perArm = Swift.max(count / 2, 1)
        return make(count: count, rng: &rng) { i, _ in
            let positive = i < count / 2
            let k = positive ? i : i - count / 2
            let r = 5 * Float(k) / Float(perArm)
            let t = 1.75 * 2 * Float.pi * Float(k) / Float(perArm) + (positive ? 0 : .pi)
            return (r * sin(t), r * cos(t), positive ? 1 : 0, 1.5 * noise)
        }
    }

    /// Draws `count` points from `point` (x, y, label, jitter half-width), jitters them, and
    /// returns them in a shuffled order.
    private static func make(count: Int, rng: inout RNG,
                             _ point: (Int, inout RNG) -> (Float, Float, Float, Float)) -> Dataset {
        var x: [Float] = [], y: [Float] = []
        for i in 0..<count {
            var (a, b, label, jitter) = point(i, &rng)
            if jitter > 0 {
                a += rng.uniform(-jitter ..< jitter)
                b += rng.uniform(-jitter ..< jitter)
            }
            x += [a, b]
            y.append(label)
        }
        var order = Array(0..<count)
        rng.shuffle(&order)
        let data = Dataset.generated {
            try Dataset(x: Matrix(rows: count, columns: 2, data: x), y: Matrix(column: y),
                        featureNames: ["x₁", "x₂"], classNames: ["class 0", "class 1"])
        }
        return data.subset(order)
    }
}
