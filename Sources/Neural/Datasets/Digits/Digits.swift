/// Real handwritten digits: the UCI "Optical Recognition of Handwritten Digits" test set,
/// 1797 images of 8 × 8 pixels with values 0-16, by E. Alpaydin and C. Kaynak (CC BY 4.0,
/// see DIGITS-LICENSE.md). The pixels are compiled into the library as text, so chapter
/// programs need no resource files.
public enum Digits {
    /// Width and height of an image in pixels.
    public static let side = 8
    /// Number of images.
    public static let count = 1797

    /// All images, one row of 64 pixels (row by row) per image, labels 0-9 in `y`.
    /// With `scaled` (the default) pixels are divided by 16 into [0, 1].
    public static func load(scaled: Bool = true) -> Dataset {
        let lines = [part1, part2, part3, part4, part5].flatMap { $0.split(separator: "\n") }
        var pixels: [Float] = []
        var labels: [Float] = []
        pixels.reserveCapacity(lines.count * side * side)
        let scale: Float = scaled ? 1 / 16 : 1
        for line in lines {
            let bytes = Array(line.utf8)
            labels.append(Float(bytes[0] - UInt8(ascii: "0")))
            for byte in bytes[1...] {
                let value = byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0")
                    : byte - UInt8(ascii: "A") + 10
                pixels.append(Float(value) * scale)
            }
        }
        let names = (0..<side * side).map { "pixel (\($0 / side), \($0 % side))" }
        return try! Dataset(x: Matrix(rows: labels.count, columns: side * side, data: pixels),
                            y: Matrix(column: labels), featureNames: names,
                            classNames: (0...9).map(String.init))
    }

    /// Image `index` of `data` as 8 rows of 8 values, for drawing.
    public static func image(_ data: Dataset, _ index: Int) -> [[Float]] {
        let row = data.x.row(index)
        return (0..<side).map { Array(row[$0 * side ..< ($0 + 1) * side]) }
    }
}
