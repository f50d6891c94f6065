import Foundation

/// SYNTHETIC t-shirt sales data: no public data set exists for the course's "top seller"
/// example, so this one is generated from a rule written here and labelled as made up.
///
/// Each shirt has a price (USD), a shipping cost (USD), a marketing budget (thousand USD) and a
/// material quality score (1-5). The true probability of being a top seller is
/// `sigmoid(-0.15 (price + shipping - 30) + 0.08 (marketing - 25) + 1.2 (material - 3))`,
/// and each label is drawn from it, so even a perfect model is unsure near the boundary.
public enum TShirts {
    /// Column names, with units.
    public static let featureNames = ["price (USD)", "shipping (USD)", "marketing (kUSD)",
                                      "material (1-5)"]

    /// The generating rule's probability that a shirt is a top seller.
    public static func topSellerProbability(price: Float, shipping: Float, marketing: Float,
                                            material: Float) -> Float {
        let score = -0.15 * (price + shipping - 30) + 0.08 * (marketing - 25)
            + 1.2 * (material - 3)
        return 1 / (1 + expf(-score))
    }

    /// `count` synthetic shirts; label 1 = top seller.
    public static func shirts(count: Int = 400, seed: UInt64) -> Dataset {
        var rng = RNG(seed: seed)
        var x: [Float] = [], y: [Float] = []
        for _ in 0..<count {
            let price = rng.uniform(10 ..< 40), shipping = rng.uniform(0 ..< 10)
            let marketing = rng.uniform(0 ..< 50), material = rng.uniform(1 ..< 5)
            x += [price, shipping, marketing, material]
            let p = topSellerProbability(price: price, shipping: shipping, marketing: marketing,
                                         material: material)
            y.append(rng.unit() < p ? 1 : 0)
        }
        return Dataset.generated {
            try Dataset(x: Matrix(rows: count, columns: 4, data: x), y: Matrix(column: y),
                        featureNames: featureNames,
                        classNames: ["not a top seller", "top seller"])
        }
    }
}
