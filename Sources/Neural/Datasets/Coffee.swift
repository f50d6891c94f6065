/// The coffee-roasting data of the course: roasting temperature and duration, labelled good or
/// bad. Good roasts lie in a triangle with corners (175 °C, 12 min), (255 °C, 12 min) and
/// (175 °C, 14.82 min), about a fifth of the sampled box.
public enum Coffee {
    /// Sampled temperatures, °C.
    public static let temperatureRange: Range<Float> = 150 ..< 285
    /// Sampled durations, minutes.
    public static let durationRange: Range<Float> = 11.5 ..< 15.5

    /// The true rule: `175 < t < 260`, `12 < d < 15` and `d ≤ 21 - 3t/85`.
    public static func isGood(temperature t: Float, duration d: Float) -> Bool {
        t > 175 && t < 260 && d > 12 && d < 15 && d <= 21 - 3 * t / 85
    }

    /// `count` roasts drawn uniformly from the box, label 1 for good, 0 for bad.
    public static func roasts(count: Int = 200, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        var x: [Float] = []
        var y: [Float] = []
        for _ in 0..<count {
            let t = rng.uniform(temperatureRange)
            let d = rng.uniform(durationRange)
            x += [t, d]
            y.append(isGood(temperature: t, duration: d) ? 1 : 0)
        }
        return Dataset.generated {
            try Dataset(x: Matrix(rows: count, columns: 2, data: x), y: Matrix(column: y),
                        featureNames: ["temperature (°C)", "duration (minutes)"],
                        classNames: ["bad roast", "good roast"])
        }
    }
}
