import BookCore
import Foundation

/// What a chapter program printed, split per cell by the runtime's marker lines.
struct Transcript {
    struct CellRecord {
        var output: [UInt8] = []
        /// Bytes printed beyond what was kept.
        var droppedBytes = 0
        var figures: [FigureOutput] = []
        var errors: [String] = []
        var started: Date
        var seconds: Double = 0
    }

    /// Output printed before the first cell marker (for example a dynamic loader error).
    var preamble: [UInt8] = []
    var cells: [Int: CellRecord] = [:]
    var inlineValues: [Int: String] = [:]
    /// Files the chapter read through the runtime, relative to the book root.
    var reads: [String] = []
    /// The cell running now (or last), if any started.
    var currentCell: Int?
    var finished = false
    var totalBytes = 0

    /// Bytes of output kept per cell; the rest is counted and dropped.
    let keptBytesPerCell: Int

    init(keptBytesPerCell: Int) {
        self.keptBytesPerCell = keptBytesPerCell
    }

    mutating func consume(line: ArraySlice<UInt8>, now: Date) {
        totalBytes += line.count
        if line.starts(with: Self.prefixBytes) {
            handleMarker(String(decoding: line.dropFirst(Self.prefixBytes.count), as: UTF8.self), now: now)
            return
        }
        guard let index = currentCell else {
            if preamble.count < keptBytesPerCell { preamble += line }
            return
        }
        if cells[index]!.output.count + line.count <= keptBytesPerCell {
            cells[index]!.output += line
        } else {
            cells[index]!.droppedBytes += line.count
        }
    }

    private static let prefixBytes = Array(RuntimeProtocol.prefix.utf8)

    private mutating func handleMarker(_ marker: String, now: Date) {
        let body = marker.hasSuffix("\n") ? String(marker.dropLast()) : marker
        let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1] : ""
        switch parts.first ?? "" {
        case RuntimeProtocol.cell:
            closeCurrentCell(now: now)
            if let index = Int(argument) {
                currentCell = index
                cells[index] = CellRecord(started: now)
            }
        case RuntimeProtocol.figure:
            if let data = argument.data(using: .utf8),
               let figure = try? JSONDecoder().decode(FigureOutput.self, from: data),
               let index = currentCell {
                cells[index]?.figures.append(figure)
            }
        case RuntimeProtocol.inline:
            let pieces = argument.split(separator: " ", maxSplits: 1).map(String.init)
            if pieces.count == 2, let index = Int(pieces[0]) {
                inlineValues[index] = Self.decodeString(pieces[1])
            }
        case RuntimeProtocol.read:
            if !reads.contains(argument) { reads.append(argument) }
        case RuntimeProtocol.error:
            if let index = currentCell { cells[index]?.errors.append(Self.decodeString(argument)) }
        case RuntimeProtocol.done:
            closeCurrentCell(now: now)
            finished = true
        default:
            break
        }
    }

    private mutating func closeCurrentCell(now: Date) {
        guard let index = currentCell, let started = cells[index]?.started else { return }
        cells[index]?.seconds = now.timeIntervalSince(started)
    }

    private static func decodeString(_ json: String) -> String {
        (try? JSONDecoder().decode(String.self, from: Data(json.utf8))) ?? json
    }

    /// The text a cell printed, with a note when some was dropped.
    func outputText(of index: Int) -> String {
        guard let record = cells[index] else { return "" }
        var text = String(decoding: record.output, as: UTF8.self)
        if record.droppedBytes > 0 {
            if !text.hasSuffix("\n") && !text.isEmpty { text += "\n" }
            text += "[glia: \(ByteCount(record.droppedBytes)) more output not shown]\n"
        }
        return text
    }
}

/// A byte count for people: "1.2 MB".
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        if bytes >= 1_000 { return String(format: "%.1f kB", Double(bytes) / 1_000) }
        return "\(bytes) bytes"
    }
}
