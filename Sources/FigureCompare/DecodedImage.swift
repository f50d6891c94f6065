import Canvas
import Foundation

/// Reading and writing the images the comparison works on, with the Canvas library's Cairo
/// wrappers (the same code that decodes the golden images in the figure tests).
public enum DecodedImage {
    /// The PNG at `path`, decoded; nil if it cannot be read as a PNG.
    public static func read(_ path: String) -> DecodedPNG? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? DecodedPNG([UInt8](data))
    }

    /// A PNG's width and height, from its header, without decoding it; nil when the file
    /// does not start like a PNG.
    public static func size(_ path: String) -> (width: Int, height: Int)? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        // The 8-byte signature, then the IHDR chunk: its length, its type, width, height.
        guard let head = try? file.read(upToCount: 24), head.count == 24,
              head.prefix(8).elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              head[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        let number = { (at: Int) in head[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// Writes premultiplied ARGB32 pixels as a PNG; false if that failed.
    public static func write(width: Int, height: Int, pixels: [UInt32], to path: String) -> Bool {
        do {
            let image = try PixelImage(width: width, height: height, premultipliedARGB: pixels)
            let surface = try Surface(imageWidth: width, height: height)
            let context = try Context(surface)
            context.draw(image, x: 0, y: 0, width: Double(width), height: Double(height), smooth: false)
            let bytes = try surface.pngData()
            return FileManager.default.createFile(atPath: path, contents: Data(bytes))
        } catch {
            return false
        }
    }
}
