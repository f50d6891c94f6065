extension ReLUChart {
    func unitsPanel() -> Axes {
        var axes = Axes(title: "Each unit's output", x: Axis(label: xLabel),
                        y: Axis(label: "unit output max(0, w·x + b)"))
        for j in weights.indices {
            axes.line(x: x, y: unitOutput(j), label: "unit \(j)", color: Palette.series(j))
        }
        for kink in kinks() {
            axes.items.append(.reference(ReferenceLine(.vertical, at: kink.x,
                                                       color: Palette.series(kink.unit))))
            axes.items.append(.scatter(ScatterSeries(x: [kink.x], y: [0],
                                                     color: Palette.series(kink.unit),
                                                     marker: .diamond, size: 9)))
        }
        return axes
    }

    func sumPanel() -> Axes {
        var axes = Axes(title: "Weighted contributions and their sum", x: Axis(label: xLabel),
                        y: Axis(label: yLabel))
        for j in weights.indices {
            let contribution = unitOutput(j).map { $0 * outputWeights[j] }
            axes.line(x: x, y: contribution, color: Palette.series(j).withAlpha(0.75),
                      width: 1.3, dash: .dashed)
        }
        axes.horizontalLine(at: 0)
        if let target {
            axes.line(x: x, y: target, label: "target", color: Color(hex: 0x8C8C8C), width: 5)
        }
        let prediction = prediction()
        axes.line(x: x, y: prediction, label: "prediction (sum + bias)",
                  color: Color(hex: 0x1A1A1A), width: 2)
        axes.items.append(.line(LineSeries(x: [x[0]], y: [prediction[0]],
                                           label: "each unit's share, v·a(x)",
                                           color: Palette.gray, width: 1.3, dash: .dashed)))
        let kinks = kinks()
        for kink in kinks {
            axes.items.append(.reference(ReferenceLine(.vertical, at: kink.x,
                                                       color: Palette.series(kink.unit))))
        }
        let at = kinks.map { kink in
            weights.indices.reduce(outputBias) { sum, j in
                sum + outputWeights[j] * max(0, weights[j] * kink.x + biases[j])
            }
        }
        if !kinks.isEmpty {
            axes.items.append(.scatter(ScatterSeries(x: kinks.map(\.x), y: at, label: "kink",
                                                     color: Color(hex: 0x1A1A1A),
                                                     marker: .diamond, size: 9)))
        }
        return axes
    }
}
