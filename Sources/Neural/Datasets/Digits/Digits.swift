import Foundation

/// Real handwritten digits: the UCI "Optical Recognition of Handwritten Digits" test set,
/// 1797 images of 8 × 8 pixels with values 0-16, by E. Alpaydin and C. Kaynak (CC BY 4.0,
/// see DIGITS-LICENSE.md).
///
/// The pixels ship as a resource file, `digits.txt` (made by `make_digits.py` beside it), in
/// the `glia_Neural.resources` folder SwiftPM writes next to the library or program that
/// contains this code. It is read once per program.
public enum Digits {
    /// Width and height of an image in pixels.
    public static let side = 8
    /// Number of images.
    public static let count = 1797
    /// The resource file's name.
    static let fileName = "digits.txt"

    /// All images, one row of 64 pixels (row by row) per image, labels 0-9 in `y`.
    /// With `scaled` (the default) pixels are divided by 16 into [0, 1].
    ///
    /// - Throws: `NeuralError` saying where the file was looked for, if it is missing or damaged.
    public static func load(scaled: Bool = true) throws -> Dataset {
        var data = try images.get()
        if scaled { data.x = data.x.map { $0 / 16 } }
        return data
    }

    /// Image `index` of `data` as 8 rows of 8 values, for drawing.
    public static func image(_ data: Dataset, _ index: Int) -> [[Float]] {
        let row = data.x.row(index)
        return (0..<side).map { Array(row[$0 * side ..< ($0 + 1) * side]) }
    }

    /// The unscaled images, read on first use.
    private static let images: Result<Dataset, Error> = Result {
        let folders = resourceFolders()
        guard let path = folders.map({ $0 + "/" + fileName })
            .first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw NeuralError("Digits: cannot find \(fileName); looked in "
                              + folders.joined(separator: ", ")
                              + " (build with 'swift build', which copies it there)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw NeuralError("Digits: cannot read \(path) as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Each line: the label, then 64 pixels row by row, each 0-16 as one of "0…9A…G".
    static func parse(_ text: String, path: String) throws -> Dataset {
        var pixels: [Float] = []
        var labels: [Float] = []
        pixels.reserveCapacity(count * side * side)
        for (number, line) in text.split(separator: "\n").enumerated() {
            let values = line.utf8.map { byte -> Int in
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "A")...UInt8(ascii: "G"): return Int(byte - UInt8(ascii: "A")) + 10
                default: return -1
                }
            }
            guard values.count == 1 + side * side, values[0] >= 0, values[0] <= 9,
                  values.allSatisfy({ $0 >= 0 }) else {
                throw NeuralError("Digits: \(path):\(number + 1): expected a label 0-9 and "
                                  + "\(side * side) pixels written 0-9 or A-G")
            }
            labels.append(Float(values[0]))
            pixels += values.dropFirst().map(Float.init)
        }
        guard labels.count == count else {
            throw NeuralError("Digits: \(path) holds \(labels.count) images, expected \(count)")
        }
        let names = (0..<side * side).map { "pixel (\($0 / side), \($0 % side))" }
        return try Dataset(x: Matrix(rows: labels.count, columns: side * side, data: pixels),
                           y: Matrix(column: labels), featureNames: names,
                           classNames: (0...9).map(String.init))
    }

    /// Where SwiftPM puts this target's resources: next to the shared library or program
    /// holding this code (the file mapped at `#dsohandle`, from /proc/self/maps; glibc's
    /// dladdr would say the same but Swift cannot see it), then next to the running program.
    private static func resourceFolders() -> [String] {
        var folders: [String] = []
        if let image = mappedFile(containing: UInt(bitPattern: #dsohandle)) {
            folders.append((image as NSString).deletingLastPathComponent)
        }
        if let program = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((program as NSString).deletingLastPathComponent)
        }
        var seen = Set<String>()
        return folders.map { $0 + "/glia_Neural.resources" }.filter { seen.insert($0).inserted }
    }

    /// The file whose mapping holds `address`, from lines "start-end perms offset dev inode path".
    private static func mappedFile(containing address: UInt) -> String? {
        // Read to the end: /proc files report size 0, and a sized read stops after one page.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps") else { return nil }
        defer { try? handle.close() }
        let maps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard fields.count == 6 else { continue }
            let path = fields[5].trimmingCharacters(in: .whitespaces)
            let range = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            if path.hasPrefix("/"), range.count == 2, range[0] <= address, address < range[1] {
                return path
            }
        }
        return nil
    }
}
