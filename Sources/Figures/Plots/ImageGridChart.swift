/// Small images in a grid, each with a title: 8×8 digits in grey, or first-layer weights
/// with a diverging map (negative vermillion, positive blue) and a shared colour bar.
public struct ImageGridChart: FigureConvertible, Equatable, Sendable {
    /// Each image row-major, top row first.
    public var images: [[Double]]
    /// Pixels per image row.
    public var imageWidth: Int
    /// Rows per image.
    public var imageHeight: Int
    /// A title per image; nil draws none.
    public var titles: [String]?
    /// Images per row of the grid (fewer when there are fewer images).
    public var columns: Int
    /// Colours for the values; grey ink by default.
    public var colorMap: ColorMap
    /// nil: 0…max for grey maps, symmetric ±max|v| for the diverging map.
    public var range: ClosedRange<Double>?
    /// Label of the shared colour bar; with grey ink and no label, no bar is drawn.
    public var colorBarLabel: String?
    /// A title over the whole figure; nil draws none.
    public var title: String?

    /// A grid of `images`, each `imageWidth` × `imageHeight` values, top row first.
    ///
    /// ```swift
    /// let ramp = (0..<64).map { Double($0) / 63 }
    /// show(ImageGridChart(images: [ramp, ramp.map { 1 - $0 }], imageWidth: 8, imageHeight: 8,
    ///                     titles: ["up", "down"]), name: "ramps")
    /// ```
    public init(images: [[Double]], imageWidth: Int, imageHeight: Int, titles: [String]? = nil,
                columns: Int = 8, colorMap: ColorMap = .grayInk,
                range: ClosedRange<Double>? = nil, colorBarLabel: String? = nil,
                title: String? = nil) {
        self.images = images
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.titles = titles
        self.columns = columns
        self.colorMap = colorMap
        self.range = range
        self.colorBarLabel = colorBarLabel
        self.title = title
    }

    /// Builds one panel per image; throws a `FigureError` for a wrong size, a bad value or title count.
    public func makeFigure() throws -> Figure {
        try Check.nonEmpty(images, "image grid")
        for (index, image) in images.enumerated() {
            guard image.count == imageWidth * imageHeight else {
                throw FigureError("image \(index) has \(image.count) values; a \(imageWidth)×"
                                  + "\(imageHeight) image needs \(imageWidth * imageHeight)")
            }
            try Check.finite(image, "image \(index)")
        }
        if let titles, titles.count != images.count {
            throw FigureError("image grid: \(titles.count) titles for \(images.count) images")
        }
        let range = resolvedRange()
        let panels = images.enumerated().map { index, image -> Axes in
            // Grid2D counts rows from the bottom; images list the top row first.
            let values = (0..<imageHeight).reversed().flatMap {
                image[($0 * imageWidth)..<(($0 + 1) * imageWidth)]
            }
            let grid = Grid2D(columns: imageWidth, rows: imageHeight,
                              xRange: 0...Double(imageWidth), yRange: 0...Double(imageHeight),
                              values: values)
            return Axes(title: titles?[index], x: Axis(limits: grid.xRange),
                        y: Axis(limits: grid.yRange),
                        items: [.heatMap(HeatMap(grid: grid, colorMap: colorMap, range: range,
                                                 smooth: false))],
                        grid: false, frame: .none, equalAspect: true)
        }
        let columns = max(1, min(self.columns, images.count))
        let rows = (images.count + columns - 1) / columns
        let longest = titles?.map(\.count).max() ?? 0
        let cell = max(92, Double(longest) * 8.5 + 16)
        let bar = colorBarLabel == nil && colorMap == .grayInk ? nil
            : ColorBar(colorMap: colorMap, range: range, label: colorBarLabel)
        return Figure(width: Int(cell * Double(columns)) + 20 + (bar == nil ? 0 : 90),
                      height: Int(Double(rows) * (titles == nil ? 92 : 112)) + 20
                        + (title == nil ? 0 : 30),
                      title: title, panels: panels, columns: columns, colorBar: bar)
    }

    private func resolvedRange() -> ClosedRange<Double> {
        if let range { return range }
        let all = images.flatMap { $0 }
        if colorMap == .diverging {
            let bound = max(all.map(abs).max() ?? 1, 1e-12)
            return -bound...bound
        }
        let low = min(0, all.min() ?? 0), high = all.max() ?? 1
        return low < high ? low...high : low...(low + 1)
    }
}
