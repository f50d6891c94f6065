/// The data extent of a panel's items, from which automatic axis limits are made.
struct DataBounds {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?
    /// Heat maps fix their extent exactly; other data gets a margin.
    var exactX = false
    var exactY = false

    init(_ items: [PlotItem]) {
        for item in items {
            switch item {
            case .line(let s): include(x: s.x, y: s.y)
            case .scatter(let s): include(x: s.x, y: s.y)
            case .heatMap(let map):
                include(x: [map.grid.xRange.lowerBound, map.grid.xRange.upperBound],
                        y: [map.grid.yRange.lowerBound, map.grid.yRange.upperBound])
                exactX = true
                exactY = true
            case .contour(let c):
                let points = c.lines.flatMap { $0 }
                include(x: points.map(\.x), y: points.map(\.y))
            case .bars(let bars):
                include(x: bars.values + [0], y: [-0.5, Double(bars.values.count) - 0.5])
                exactY = true
            case .text(let t): include(x: [t.at.x], y: [t.at.y])
            case .reference(let line):
                line.orientation == .vertical ? include(x: [line.value], y: [])
                    : include(x: [], y: [line.value])
            case .polygon(let p): include(x: p.points.map(\.x), y: p.points.map(\.y))
            case .circle(let c): include(x: [c.center.x], y: [c.center.y])
            case .table: include(x: [0, 1], y: [0, 1])
            }
        }
    }

    private mutating func include(x xs: [Double], y ys: [Double]) {
        x = Self.union(x, xs)
        y = Self.union(y, ys)
    }

    private static func union(_ range: ClosedRange<Double>?, _ values: [Double])
        -> ClosedRange<Double>? {
        guard let low = values.min(), let high = values.max() else { return range }
        guard let range else { return low...high }
        return min(range.lowerBound, low)...max(range.upperBound, high)
    }

    /// Limits for one axis: fixed ones, else the data plus a 4 % margin (in log space for log
    /// axes), widened when the data is a single value.
    static func limits(_ axis: Axis, data: ClosedRange<Double>?, exact: Bool) throws
        -> ClosedRange<Double> {
        let range = try unchecked(axis, data: data, exact: exact)
        // Finite values can still span more than a Double holds (-1e308…1e308); ticks, scales
        // and pixels all need the width, so such an axis is an error, not an endless loop.
        guard range.lowerBound.isFinite, range.upperBound.isFinite,
              (range.upperBound - range.lowerBound).isFinite else {
            let name = axis.label.flatMap { $0.isEmpty ? nil : "axis '\($0)'" } ?? "axis"
            throw FigureError("the \(name) would span "
                              + "\(range.lowerBound)…\(range.upperBound), wider than a number can "
                              + "hold: check the data for huge values, or set the axis limits")
        }
        return range
    }

    private static func unchecked(_ axis: Axis, data: ClosedRange<Double>?, exact: Bool) throws
        -> ClosedRange<Double> {
        if let limits = axis.limits { return limits }
        var range = data ?? (axis.scale == .log ? 1...10 : 0...1)
        if axis.scale == .log {
            guard range.lowerBound > 0 else {
                throw FigureError("log axis needs positive values; the data reaches "
                                  + "\(range.lowerBound)")
            }
            let low = log10(range.lowerBound), high = log10(range.upperBound)
            let margin = high > low ? (high - low) * 0.04 : 0.5
            return pow(10, low - margin)...pow(10, high + margin)
        }
        if range.upperBound == range.lowerBound {
            let pad = range.lowerBound == 0 ? 1 : abs(range.lowerBound) * 0.1
            range = (range.lowerBound - pad)...(range.upperBound + pad)
        } else if !exact {
            let margin = (range.upperBound - range.lowerBound) * 0.04
            range = (range.lowerBound - margin)...(range.upperBound + margin)
        }
        return range
    }
}

import Foundation
