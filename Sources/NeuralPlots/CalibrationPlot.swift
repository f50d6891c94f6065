import Figures
import Neural

/// A reliability diagram for a binary classifier: predictions are grouped into equal-width
/// probability bins and each bin's mean predicted probability is plotted against the
/// fraction of its examples that really are class 1. A calibrated model lies on the diagonal.
/// `CalibrationPlot(model, testSet, bins: 10)`.
public struct CalibrationPlot: FigureConvertible {
    /// One non-empty bin.
    public struct Bin: Equatable {
        /// Mean predicted probability of the bin's examples.
        public var predicted: Double
        /// Fraction of the bin's examples labelled class 1.
        public var observed: Double
        /// Number of examples in the bin.
        public var count: Int
    }

    /// The binary classifier to check; it must have one output unit.
    public let model: Sequential
    /// Examples with 0/1 labels to check the model on, best ones it was not trained on.
    public let data: Dataset
    /// Number of equal-width probability bins over 0…1; at least 1.
    public var bins: Int
    /// The panel title; nil uses "Predicted probability against observed frequency".
    public var title: String?

    /// A reliability diagram of `model` on `data`, with `bins` probability bins.
    ///
    /// ```swift
    /// let train = TShirts.shirts(count: 2000, seed: 1)
    /// let test = TShirts.shirts(count: 2000, seed: 2)
    /// let norm = Normalization()
    /// try norm.adapt(train.x)
    /// let model = Sequential(seed: 1) { norm; Dense(3, .sigmoid); Dense(1, .sigmoid) }
    /// model.compile(loss: .binaryCrossEntropy, optimizer: Adam(0.01))
    /// try model.fit(train, epochs: 60, batchSize: 32)
    /// show(CalibrationPlot(model, test, bins: 10, title: "New shirts"), name: "calibration")
    /// ```
    public init(_ model: Sequential, _ data: Dataset, bins: Int = 10, title: String? = nil) {
        self.model = model
        self.data = data
        self.bins = bins
        self.title = title
    }

    /// The non-empty bins, lowest probabilities first.
    public func table() throws -> [Bin] {
        guard bins >= 1 else { throw FigureError("CalibrationPlot needs at least 1 bin, got \(bins)") }
        let output = try model.predict(data.x)
        guard output.columns == 1 else {
            throw FigureError("CalibrationPlot needs a model with one output unit; this one has "
                              + "\(output.columns)")
        }
        let probability = try ModelSampling.probability(of: output, model: model)
        return try CalibrationPlot.bins(probability: probability,
                                        labels: ModelSampling.labels(data.y), count: bins)
    }

    /// Groups `probability` into `count` equal-width bins over 0…1 (1.0 goes in the last).
    public static func bins(probability: [Double], labels: [Int], count: Int) throws -> [Bin] {
        guard probability.count == labels.count, !labels.isEmpty else {
            throw FigureError("calibration: \(probability.count) probabilities for "
                              + "\(labels.count) labels; need equal, non-zero counts")
        }
        var sums = [Double](repeating: 0, count: count)
        var positives = [Int](repeating: 0, count: count)
        var sizes = [Int](repeating: 0, count: count)
        for (p, label) in zip(probability, labels) {
            let index = min(max(Int(p * Double(count)), 0), count - 1)
            sums[index] += p
            positives[index] += label == 1 ? 1 : 0
            sizes[index] += 1
        }
        return (0..<count).filter { sizes[$0] > 0 }.map { i in
            Bin(predicted: sums[i] / Double(sizes[i]),
                observed: Double(positives[i]) / Double(sizes[i]), count: sizes[i])
        }
    }

    /// Draws the diagonal of perfect calibration, one marker per non-empty bin and each bin's
    /// example count. Throws in the same cases as `table()`.
    public func makeFigure() throws -> Figure {
        let table = try table()
        let positive = data.classNames.count > 1 ? data.classNames[1] : "class 1"
        var axes = Axes(title: title ?? "Predicted probability against observed frequency",
                        x: Axis(label: "predicted P(\(positive))", limits: 0...1),
                        y: Axis(label: "observed fraction \(positive)", limits: 0...1),
                        legend: .topLeft, equalAspect: true)
        axes.line(x: [0, 1], y: [0, 1], label: "perfectly calibrated", color: Palette.gray,
                  width: 1.2, dash: .dashed)
        axes.line(x: table.map(\.predicted), y: table.map(\.observed),
                  label: "model (one marker per bin)", color: Palette.blue, marker: .circle)
        // Each bin's size beside its marker, on the side away from the diagonal, where
        // the line and anything marked near the diagonal (a bin's true P) are not.
        for bin in table {
            let above = bin.observed > bin.predicted
            axes.items.append(.text(TextAnnotation("\(bin.count)",
                                                   at: Point(bin.predicted, bin.observed),
                                                   anchor: above ? .right : .left,
                                                   color: Palette.gray, size: 10,
                                                   offset: above ? Point(-7, -7) : Point(7, 7))))
        }
        return Figure(axes, width: 560, height: 520)
    }
}
