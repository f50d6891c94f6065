import Foundation
import Figures

/// Writes output files atomically, so a crash never leaves half a figure behind.
enum FileOutput {
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FigureError("could not write \(path): \(error.localizedDescription)")
        }
    }
}
