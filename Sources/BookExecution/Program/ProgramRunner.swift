import BookCore
import Foundation
import GliaProtocol

/// Runs a compiled chapter program with a per-cell timeout and a cap on output, and splits
/// what it prints into a `Transcript`.
struct ProgramRunner {
    struct Limits: Sendable {
        /// Seconds a cell may run when it sets no `timeout` option.
        var defaultCellTimeout: Double = 120
        /// Output kept per cell for the page.
        var keptBytesPerCell = 256_000
        /// Output after which the program is stopped: bounded memory and time, whatever a
        /// chapter prints.
        var maximumTotalBytes = 16_000_000
    }

    let chapter: Chapter
    let limits: Limits

    /// Where the runtime keeps figure files between runs, and the stamp they are kept under
    /// (`Toolchain.figureRenderingStamp`); nil keeps none.
    var figureStore: (folder: String, stamp: String)?

    /// Runs the program in `workingDirectory` (a scratch folder: what a cell writes there
    /// never lands in the book or the site), telling it where the book and the figure folder are.
    func run(executable: String, workingDirectory: String, bookRoot: String,
             figureDirectory: String, valueFolders: (imported: String, published: String))
        throws -> (Transcript, ChildProcess.Termination) {
        let token = RuntimeChannel.makeToken()
        var environment = ProcessInfo.processInfo.environment
        environment[RuntimeChannel.tokenVariable] = token
        environment[RuntimeChannel.figureDirectoryVariable] = figureDirectory
        if let figureStore {
            environment[RuntimeChannel.figureStoreVariable] = figureStore.folder
            environment[RuntimeChannel.figureStampVariable] = figureStore.stamp
        }
        // The same program hashes the same way on every run: sets and dictionaries in cell
        // code iterate in one order, and the figure store's digests are stable.
        environment["SWIFT_DETERMINISTIC_HASHING"] = "1"
        // A figure at 2× is a 6 MB Cairo surface plus copies of its pixels; glibc's malloc hands
        // blocks that large straight back to the kernel when freed, and the next figure's fault
        // in again page by page (a fifth of the system time of drawing chapter 5's frames). A
        // short-lived program keeps them instead. Other C libraries ignore the variable.
        if environment["GLIBC_TUNABLES"] == nil {
            environment["GLIBC_TUNABLES"] = "glibc.malloc.mmap_threshold=67108864:glibc.malloc.trim_threshold=268435456"
        }
        environment[RuntimeChannel.bookRootVariable] = bookRoot
        environment[RuntimeChannel.valuesDirectoryVariable] = valueFolders.imported
        environment[RuntimeChannel.publishDirectoryVariable] = valueFolders.published
        // A short backtrace of the crashed thread only, no registers or images: glia reads
        // the first frame in the chapter to report the Markdown line, and drops the rest.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=crashed,"
            + "registers=none,images=none,sanitize=no,limit=40,top=0"
        let state = SharedTranscript(Transcript(keptBytesPerCell: limits.keptBytesPerCell,
                                                channel: RuntimeChannel(token: token)))
        let child = ChildProcess(executable: executable, arguments: [],
                                 workingDirectory: workingDirectory, environment: environment)
        let timeouts = Dictionary(uniqueKeysWithValues: chapter.cells.map {
            ($0.index, $0.options.timeout ?? limits.defaultCellTimeout)
        })
        let maximumBytes = limits.maximumTotalBytes
        let defaultTimeout = limits.defaultCellTimeout
        let programStart = Date()
        let termination = try child.run(onOutput: { state.feed($0) }, watchdog: {
            state.read { transcript in
                if transcript.totalBytes > maximumBytes {
                    return "it printed more than \(ByteCount(maximumBytes))"
                }
                guard !transcript.finished else { return nil }
                // An inline value runs under the default limit from its start; so does anything
                // before the first cell.
                let cell = transcript.currentInline == nil ? transcript.currentCell : nil
                let started = transcript.currentInline?.started
                    ?? cell.flatMap { transcript.cells[$0]?.started } ?? programStart
                let limit = cell.flatMap { timeouts[$0] } ?? defaultTimeout
                if Date().timeIntervalSince(started) > limit {
                    return "it ran longer than its timeout of \(Self.seconds(limit))"
                }
                return nil
            }
        })
        state.finish()
        return (state.read { $0 }, termination)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

/// The transcript shared between the reader thread and the watchdog.
private final class SharedTranscript: @unchecked Sendable {
    private let lock = NSLock()
    private var transcript: Transcript
    private var partialLine: [UInt8] = []

    init(_ transcript: Transcript) { self.transcript = transcript }

    func feed(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if partialLine.isEmpty {
                transcript.consume(line: bytes[start...offset], now: now)
            } else {
                partialLine += bytes[start...offset]
                transcript.consume(line: partialLine[...], now: now)
                partialLine = []
            }
            start = offset + 1
        }
        partialLine += bytes[start...]
        // A line with no newline in sight is still output; don't hold megabytes of it.
        if partialLine.count > 64_000 {
            transcript.consume(line: partialLine[...], now: now)
            partialLine = []
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if !partialLine.isEmpty { transcript.consume(line: partialLine[...], now: Date()) }
        partialLine = []
    }

    func read<T>(_ body: (Transcript) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(transcript)
    }
}
