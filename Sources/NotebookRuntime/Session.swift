import Foundation
import GliaProtocol

/// The chapter program's side of the conversation with glia. Generated programs call these;
/// chapter code does not. Messages are `GliaProtocol.RuntimeMessage`s on standard output,
/// on lines only this run's token can make (see `RuntimeChannel`).
public enum _GliaSession {
    /// Set by `start()`; nil when the program runs outside glia (then messages are dropped).
    nonisolated(unsafe) static var channel: RuntimeChannel?
    nonisolated(unsafe) static var figureNames: Set<String> = []
    /// Where figures are written, from glia (the working folder outside glia).
    nonisolated(unsafe) static var figureDirectory = FileManager.default.currentDirectoryPath
    /// What relative paths given to `readTextFile` are relative to.
    nonisolated(unsafe) static var bookRoot = FileManager.default.currentDirectoryPath
    /// Where `publish` writes and `imported` reads (the working folder outside glia).
    nonisolated(unsafe) static var publishDirectory = FileManager.default.currentDirectoryPath
    nonisolated(unsafe) static var valuesDirectory = FileManager.default.currentDirectoryPath

    /// Called first: takes the run's token out of the environment (so cell code cannot find it
    /// and forge messages), makes stdout line-buffered so output printed before a crash is not
    /// lost in a buffer, and stderr share its order.
    public static func start() {
        let environment = ProcessInfo.processInfo.environment
        if let token = environment[RuntimeChannel.tokenVariable] {
            channel = RuntimeChannel(token: token)
            unsetenv(RuntimeChannel.tokenVariable)
        }
        if let folder = environment[RuntimeChannel.figureDirectoryVariable] { figureDirectory = folder }
        if let root = environment[RuntimeChannel.bookRootVariable] { bookRoot = root }
        if let folder = environment[RuntimeChannel.publishDirectoryVariable] { publishDirectory = folder }
        if let folder = environment[RuntimeChannel.valuesDirectoryVariable] { valuesDirectory = folder }
        setvbuf(stdout, nil, _IOLBF, 0)
    }

    /// Marks the start of cell `index` (0-based).
    public static func cell(_ index: Int) {
        send(.cellStarted(index: index))
    }

    /// Marks the start of inline expression `index`, evaluated next.
    public static func beginInline(_ index: Int) {
        send(.inlineStarted(index: index))
    }

    /// Records the value of inline expression `index`.
    public static func inline(_ index: Int, _ value: Any) {
        send(.inlineValue(index: index, text: describe(value)))
    }

    /// Marks the normal end of the program.
    public static func finish() {
        FigureStore.shared?.removeUnused()
        send(.finished)
    }

    static func figure(_ figure: FigureOutput) { send(.figure(figure)) }
    static func read(_ path: String) { send(.fileRead(path: path)) }
    static func error(_ message: String) { send(.callRejected(message: message)) }

    private static func send(_ message: RuntimeMessage) {
        guard let channel else { return }
        fflush(stdout)
        let line = channel.line(for: message)
        line.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
        fflush(stdout)
    }

    /// Inline values show numbers the way a reader expects: no trailing `.0` noise for whole
    /// numbers, at most 4 significant decimals otherwise (authors format explicitly for more).
    static func describe(_ value: Any) -> String {
        switch value {
        case let number as Double: return formatNumber(number)
        case let number as Float: return formatNumber(Double(number))
        default: return String(describing: value)
        }
    }

    static func formatNumber(_ number: Double) -> String {
        guard number.isFinite else { return String(describing: number) }
        if number == number.rounded() && abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.4g", number)
        if text.contains("e") { return text }
        while text.contains(".") && text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
