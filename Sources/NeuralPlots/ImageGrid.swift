import Figures
import Neural

/// Images from matrix rows in a grid: digits in grey, or a dense layer's weights per unit with
/// a diverging map. `ImageGrid(digits.x.rows(0..<16), width: 8, height: 8, titles: …)`.
public struct ImageGrid: FigureConvertible {
    /// The images, one per row, each `width × height` values with the top image row first.
    public var images: Matrix
    /// Width of each image in pixels.
    public var width: Int
    /// Height of each image in pixels.
    public var height: Int
    /// One title per image; nil leaves the images untitled.
    public var titles: [String]?
    /// Images per row of the grid.
    public var columns: Int
    /// Uses a diverging colour map and a "weight" colour bar (for weights) instead of grey ink.
    public var signed: Bool
    /// A title over the whole figure; nil for none.
    public var title: String?

    /// One image per row of `images`, each `width × height` values, top row first.
    public init(_ images: Matrix, width: Int, height: Int, titles: [String]? = nil,
                columns: Int = 8, signed: Bool = false, title: String? = nil) {
        self.images = images
        self.width = width
        self.height = height
        self.titles = titles
        self.columns = columns
        self.signed = signed
        self.title = title
    }

    /// The incoming weights of every unit of dense layer `layer`, drawn as images.
    public static func weights(of model: Sequential, layer: Int = 0, width: Int, height: Int,
                               columns: Int = 5) throws -> ImageGrid {
        let dense = model.denseLayers
        guard layer >= 0, layer < dense.count, dense[layer].isBuilt else {
            throw FigureError("ImageGrid.weights: model has no built dense layer \(layer)")
        }
        let units = dense[layer].weights.transposed()
        return ImageGrid(units, width: width, height: height,
                         titles: (0..<units.rows).map { "unit \($0)" }, columns: columns,
                         signed: true)
    }

    /// Draws the images in a grid. Throws when there are no images, a row does not hold
    /// `width × height` finite values, or the number of titles differs from the number of images.
    public func makeFigure() throws -> Figure {
        let rows = (0..<images.rows).map { r in
            (0..<images.columns).map { Double(images[r, $0]) }
        }
        return try ImageGridChart(images: rows, imageWidth: width, imageHeight: height,
                                  titles: titles, columns: columns,
                                  colorMap: signed ? .diverging : .grayInk,
                                  colorBarLabel: signed ? "weight" : nil,
                                  title: title).makeFigure()
    }
}
