import CairoFigures
import Figures
import Foundation

/// `glia-bench figures`: a 500×500-cell decision-boundary figure with 200 points, written as
/// PNG. The field and points are the same analytic ones as Benchmarks/figures_matplotlib.py.
/// Prints the best of five runs as `boundary <seconds>`.
func runFigureBenchmarks(_ arguments: [String]) {
    let output = arguments.first ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("glia-bench-boundary.png").path
    do {
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            try boundaryFigure().writePNG(to: output)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
        }
        print("boundary \(String(format: "%.4f", best))")
    } catch {
        print("boundary failed: \(error)")
    }
}

/// P(class 1) = σ(4 (1.5 − x² − y²) + sin(3x)), the same field the Python script draws.
private func boundaryFigure() throws -> Figure {
    let grid = Grid2D(columns: 500, rows: 500, xRange: -2...2, yRange: -2...2) { x, y in
        1 / (1 + exp(-(4 * (1.5 - x * x - y * y) + sin(3 * x))))
    }
    // The same linear congruential sequence as the Python script.
    var state: UInt64 = 12345
    func next() -> Double {
        state = (state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407)
        return Double(state >> 11) / 9_007_199_254_740_992 * 4 - 2
    }
    var xs: [Double] = [], ys: [Double] = [], labels: [Int] = []
    for _ in 0..<200 {
        let x = next(), y = next()
        xs.append(x)
        ys.append(y)
        labels.append(x * x + y * y < 1.5 ? 1 : 0)
    }
    return try BoundaryChart(probability: grid,
                             points: ClassPoints(x: xs, y: ys, labels: labels),
                             title: "Benchmark boundary", xLabel: "x₁", yLabel: "x₂")
        .makeFigure()
}
