import BookCore
import Foundation
import GliaProtocol

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
    /// The inline expression being evaluated now, and since when.
    var currentInline: (index: Int, started: Date)?
    var finished = false
    var totalBytes = 0

    /// Bytes of output kept per cell; the rest is counted and dropped.
    let keptBytesPerCell: Int
    /// Tells this run's messages from what cells print.
    let channel: RuntimeChannel

    init(keptBytesPerCell: Int, channel: RuntimeChannel) {
        self.keptBytesPerCell = keptBytesPerCell
        self.channel = channel
    }

    mutating func consume(line: ArraySlice<UInt8>, now: Date) {
        totalBytes += line.count
        if let message = channel.message(in: line) {
            handle(message, now: now)
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

    private mutating func handle(_ message: RuntimeMessage, now: Date) {
        switch message {
        case .cellStarted(let index):
            closeCurrentCell(now: now)
            currentInline = nil
            currentCell = index
            cells[index] = CellRecord(started: now)
        case .figure(let figure):
            if let index = currentCell { cells[index]?.figures.append(figure) }
        case .inlineStarted(let index):
            currentInline = (index, now)
        case .inlineValue(let index, let text):
            inlineValues[index] = text
            currentInline = nil
        case .fileRead(let path):
            if !reads.contains(path) { reads.append(path) }
        case .callRejected(let message):
            if let index = currentCell { cells[index]?.errors.append(message) }
        case .finished:
            closeCurrentCell(now: now)
            finished = true
        }
    }

    private mutating func closeCurrentCell(now: Date) {
        guard let index = currentCell, let started = cells[index]?.started else { return }
        cells[index]?.seconds = now.timeIntervalSince(started)
    }

    /// What was printed since the program or its current cell started.
    var latestOutput: String {
        currentCell.map { outputText(of: $0) } ?? String(decoding: preamble, as: UTF8.self)
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
