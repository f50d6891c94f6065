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
