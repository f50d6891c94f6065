import Figures
import Neural

/// Runs models over grids and turns their outputs into plain numbers for Figures.
enum ModelSampling {
    /// The data's range on `column`, padded by 5 % on each side.
    static func range(_ x: Matrix, column: Int) throws -> ClosedRange<Double> {
        guard x.rows > 0, column < x.columns else {
            throw FigureError("data has \(x.rows) rows and \(x.columns) columns; need column "
                              + "\(column)")
        }
        let values = (0..<x.rows).map { Double(x[$0, column]) }
        let low = values.min()!, high = values.max()!
        let pad = high > low ? (high - low) * 0.05 : 1
        return (low - pad)...(high + pad)
    }

    /// Every cell centre of a `resolution`² grid as model input rows.
    static func inputs(columns: Int, rows: Int, x: ClosedRange<Double>,
                       y: ClosedRange<Double>) throws -> Matrix {
        let probe = Grid2D(columns: columns, rows: rows, xRange: x, yRange: y, values: [])
        var data = [Float]()
        data.reserveCapacity(columns * rows * 2)
        for row in 0..<rows {
            let yValue = Float(probe.y(row: row))
            for column in 0..<columns {
                data.append(Float(probe.x(column: column)))
                data.append(yValue)
            }
        }
        return try Matrix(rows: rows * columns, columns: 2, data: data)
    }

    /// P(class 1) from a model's output: sigmoid outputs as they are, one-unit linear or tanh
    /// outputs mapped into 0…1, and column 1 of a two-class softmax.
    static func probability(of output: Matrix, model: Sequential) throws -> [Double] {
        let activation = model.denseLayers.last?.activation ?? .sigmoid
        switch (output.columns, activation) {
        case (1, .linear): return output.data.map { 1 / (1 + exp(-Double($0))) }
        case (1, .tanh): return output.data.map { (Double($0) + 1) / 2 }
        case (1, _): return output.data.map(Double.init)
        case (2, _):
            return (0..<output.rows).map { Double(output[$0, 1]) }
        default:
            throw FigureError("boundary plots need one output unit or a two-class softmax; the "
                              + "model has \(output.columns) outputs")
        }
    }

    /// Class 0/1 labels from `y` (one column; values above 0.5 or 0 count as class 1 for 0/1
    /// and ±1 labels), or the argmax of one-hot rows.
    static func labels(_ y: Matrix) -> [Int] {
        if y.columns == 1 { return y.data.map { $0 > 0.5 ? 1 : 0 } }
        return y.argmaxPerRow()
    }

    static func points(_ data: Dataset) -> ClassPoints {
        ClassPoints(x: (0..<data.x.rows).map { Double(data.x[$0, 0]) },
                    y: (0..<data.x.rows).map { Double(data.x[$0, 1]) },
                    labels: labels(data.y),
                    names: data.classNames.isEmpty ? nil : data.classNames)
    }
}

import Foundation
