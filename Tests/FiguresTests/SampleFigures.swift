import Foundation
import Figures

/// One small, deterministic sample of every plot kind; the PNG goldens are made from these.
enum SampleFigures {
    static func all() throws -> [(name: String, figure: Figure)] {
        var figures: [(name: String, figure: Figure)] = []
        figures.append(("boundary", try BoundaryChart(
                probability: coffeeField(), points: coffeePoints(), trueBoundary: triangle,
                title: "Coffee roasts: the output unit's decision",
                xLabel: "temperature (°C)", yLabel: "duration (minutes)",
                colorBarLabel: "P(good roast)").makeFigure()))
        figures.append(("line", try LineChart(series: [
                LineSeries(x: grid(-5, 4, 60), y: grid(-5, 4, 60).map { $0 * $0 },
                           label: "target y = x²", color: Palette.gray, width: 4),
                LineSeries(x: grid(-5, 4, 60), y: grid(-5, 4, 60).map { max(0, 3 * $0) + 1 },
                           label: "a poor fit", dash: .dashed),
            ], title: "A line chart", xLabel: "x", yLabel: "y").makeFigure()))
        figures.append(("scatter", try ScatterChart(points: coffeePoints(), title: "Roasts",
                                         xLabel: "temperature (°C)",
                                         yLabel: "duration (minutes)").makeFigure()))
        figures.append(("heatmap", try HeatMapChart(
                grid: Grid2D(columns: 60, rows: 60, xRange: -3...3, yRange: -3...3) { x, y in
                    1 / (1 + exp(-(2 * x - y + 0.5)))
                }, title: "One sigmoid neuron: σ(2x₁ − x₂ + 0.5)", xLabel: "x₁", yLabel: "x₂",
                colorBarLabel: "activation", contourLevels: [0.5]).makeFigure()))
        figures.append(("neurons", try NeuronGridChart(
                fields: (0..<3).map { unit in
                    Grid2D(columns: 80, rows: 80, xRange: 150...285, yRange: 11.5...15.5) { t, d in
                        let z = [(t - 175) / 4, (d - 12) * 6, (21 - 3 * t / 85 - d) * 4][unit]
                        return 1 / (1 + exp(-z))
                    }
                }, layer: 0, points: coffeePoints(), xLabel: "temperature (°C)",
                yLabel: "duration (min)", range: 0...1).makeFigure()))
        figures.append(("relu", try ReLUChart(
                x: grid(-5, 4, 100), target: grid(-5, 4, 100).map { $0 * $0 },
                weights: [-1.2, 1.0, -0.9, 1.1, 0.6], biases: [-0.6, -1.0, -2.9, -2.6, 0.4],
                outputWeights: [4.1, 3.2, 3.0, 3.1, 0.8], outputBias: -0.2,
                title: "Fitting y = x² with five ReLU units").makeFigure()))
        figures.append(("network", try NetworkChart(
                weights: [[[1.2, -0.4, 0.3], [-2.0, 0.8, 0.1], [0.5, 1.5, -0.7], [0.2, -0.3, 2.2]],
                          [[1.7], [-1.1], [0.9]]],
                inputNames: ["price", "shipping cost", "marketing", "material"],
                unitNames: [["affordability", "awareness", "perceived quality"], ["top seller"]],
                title: "A 4-3-1 network (edge width ∝ |w|)").makeFigure()))
        let epochs = (1...40).map { Double($0) }
        let training = epochs.map { (e: Double) -> Double in 0.69 * exp(-e / 6) + 0.002 }
        let heldOut = epochs.map { (e: Double) -> Double in 0.7 * exp(-e / 6) + 0.01 + 0.0004 * e }
        figures.append(("loss", try LossChart(loss: training, validationLoss: heldOut, lossName: "binary cross-entropy", logY: true).makeFigure()))
        figures.append(("bars", try BarChart(categories: (0..<10).map { "digit \($0)" },
                                  values: [softmax(logitsA), softmax(logitsB)],
                                  panelTitles: ["input A", "input B"],
                                  xLabel: "probability", limits: 0...1).makeFigure()))
        figures.append(("images", try ImageGridChart(images: digits(), imageWidth: 8, imageHeight: 8,
                                          titles: (0..<8).map { "label \($0 % 4)" },
                                          columns: 4).makeFigure()))
        figures.append(("weights", try ImageGridChart(images: digits().map { $0.map { $0 / 8 - 1 } },
                                           imageWidth: 8, imageHeight: 8,
                                           titles: (0..<8).map { "unit \($0)" }, columns: 4,
                                           colorMap: .diverging,
                                           colorBarLabel: "weight").makeFigure()))
        figures.append(("confusion", try ConfusionMatrixChart(
                counts: confusionCounts(),
                classNames: ["0", "1", "2", "3"], title: "Held-out digits").makeFigure()))
        figures.append(("table", try TableChart(header: ["unit", "w", "b", "kink −b/w", "v"],
                                     rowNames: (0..<5).map { "unit \($0)" },
                                     values: tableValues,
                                     title: "Trained weights").makeFigure()))
        return figures
    }

    static let logitsA: [Double] = [0, 1, 2, 4, 1, 2, 0, 1, 2, 0]
    static let logitsB: [Double] = [0, 0, 0, 2, 0, 0, 0, 0, 2.5, 0.5]

    static func confusionCounts() -> [[Int]] {
        (0..<4).map { t -> [Int] in (0..<4).map { p -> Int in t == p ? 40 + 7 * t : (t + p) % 3 } }
    }

    static let tableValues: [[Double]] = [
        [-1.2, -0.6, -0.5, 4.1], [1.0, -1.0, 1.0, 3.2], [-0.9, -2.9, -3.222, 3.0],
        [1.1, -2.6, 2.364, 3.1], [0.6, 0.4, -0.667, 0.8],
    ]

    static let triangle = [Point(175, 12), Point(255, 12), Point(175, 14.82), Point(175, 12)]

    static func grid(_ low: Double, _ high: Double, _ count: Int) -> [Double] {
        (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let e = z.map { exp($0 - (z.max() ?? 0)) }
        return e.map { $0 / e.reduce(0, +) }
    }

    /// A fixed linear congruential sequence, so samples never depend on a platform RNG.
    static func uniform(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static func coffeePoints() -> ClassPoints {
        let u = uniform(160, seed: 7)
        let t = (0..<80).map { 150 + 135 * u[2 * $0] }
        let d = (0..<80).map { 11.5 + 4 * u[2 * $0 + 1] }
        let good = zip(t, d).map { t, d in
            t > 175 && t < 260 && d > 12 && d < 15 && d <= 21 - 3 * t / 85 ? 1 : 0
        }
        return ClassPoints(x: t, y: d, labels: good, names: ["bad roast", "good roast"])
    }

    static func coffeeField() -> Grid2D {
        Grid2D(columns: 120, rows: 120, xRange: 150...285, yRange: 11.5...15.5) { t, d in
            let a = 1 / (1 + exp(-(t - 175) / 3)), b = 1 / (1 + exp(-(d - 12) * 8))
            return a * b / (1 + exp(-((21 - 3 * t / 85) - d) * 5))
        }
    }

    /// Eight blocky 8×8 "digits" (values 0…16) drawn from simple strokes.
    static func digits() -> [[Double]] {
        (0..<8).map { k in
            (0..<64).map { i in
                let r = i / 8, c = i % 8
                switch k % 4 {
                case 0: return (r == 1 || r == 6) && (2...5).contains(c)
                    || (c == 2 || c == 5) && (1...6).contains(r) ? 16 : 0
                case 1: return c == 4 && (1...6).contains(r) || r == 2 && c == 3 ? 16 : 1
                case 2: return r == 1 && (2...5).contains(c) || r == 6 && (2...5).contains(c)
                    || r + c == 7 && (2...5).contains(c) ? 15 : 0
                default: return (r == 1 || r == 4 || r == 6) && (2...5).contains(c)
                    || c == 5 && (1...6).contains(r) ? 14 : Double((r * c + k) % 3)
                }
            }
        }
    }
}
