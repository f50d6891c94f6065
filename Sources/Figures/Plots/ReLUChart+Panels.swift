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

    /// The prediction built up in layers: starting from the output bias, each unit's share
    /// v·a(x) is stacked on the sum of the shares before it, as a band in the unit's colour.
    /// The top of the last band is the prediction.
    func sumPanel() -> Axes {
        var axes = Axes(title: "Shares stacked into the prediction", x: Axis(label: xLabel),
                        y: Axis(label: yLabel))
        var below = x.map { _ in outputBias }
        for j in weights.indices {
            let share = unitOutput(j).map { $0 * outputWeights[j] }
            let above = zip(below, share).map { $0 + $1 }
            let outline = zip(x, above).map { Point($0, $1) }
                + zip(x, below).reversed().map { Point($0, $1) }
            axes.items.append(.polygon(PolygonShape(points: outline,
                                                    fill: Palette.series(j).withAlpha(0.4))))
            axes.line(x: x, y: above, color: Palette.series(j), width: 1)
            below = above
        }
        axes.items.append(.polygon(PolygonShape(points: [Point(x[0], outputBias)],
                                                fill: Palette.gray.withAlpha(0.4),
                                                label: "unit j's share v·a(x), stacked")))
        axes.horizontalLine(at: outputBias)
        if let target {
            axes.line(x: x, y: target, label: "target", color: Color(hex: 0x8C8C8C).withAlpha(0.8),
                      width: 4)
        }
        let prediction = prediction()
        axes.line(x: x, y: prediction, label: "prediction (bias + shares)",
                  color: Color(hex: 0x1A1A1A), width: 2)
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
