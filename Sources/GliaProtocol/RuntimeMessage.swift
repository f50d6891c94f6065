import Foundation

/// One thing a chapter program tells glia while it runs. The runtime (linked into the program)
/// sends these; glia's transcript reads them. Both sides use this one definition.
public enum RuntimeMessage: Equatable, Sendable {
    /// Cell `index` (0-based) starts; what is printed from now on belongs to it.
    case cellStarted(index: Int)
    /// The running cell showed a figure, already written to the figure folder.
    case figure(FigureOutput)
    /// Inline expression `index` starts to be evaluated (so a crash in it is reported there).
    case inlineStarted(index: Int)
    /// The value of inline expression `index`, as text for the page.
    case inlineValue(index: Int, text: String)
    /// The chapter read a file (relative to the book root), so it must re-run when the file
    /// changes.
    case fileRead(path: String)
    /// The runtime rejected a call in the running cell (a bad figure name, say).
    case callRejected(message: String)
    /// The program reached its end.
    case finished
}

extension RuntimeMessage: Codable {
    private enum Kind: String, Codable {
        case cell, figure, inlineStart = "inline-start", inline, read, error, done
    }

    private enum Keys: String, CodingKey {
        case kind, index, figure, text, path, message
    }

    public init(from decoder: Decoder) throws {
        let fields = try decoder.container(keyedBy: Keys.self)
        switch try fields.decode(Kind.self, forKey: .kind) {
        case .cell: self = .cellStarted(index: try fields.decode(Int.self, forKey: .index))
        case .figure: self = .figure(try fields.decode(FigureOutput.self, forKey: .figure))
        case .inlineStart: self = .inlineStarted(index: try fields.decode(Int.self, forKey: .index))
        case .inline:
            self = .inlineValue(index: try fields.decode(Int.self, forKey: .index),
                                text: try fields.decode(String.self, forKey: .text))
        case .read: self = .fileRead(path: try fields.decode(String.self, forKey: .path))
        case .error: self = .callRejected(message: try fields.decode(String.self, forKey: .message))
        case .done: self = .finished
        }
    }

    public func encode(to encoder: Encoder) throws {
        var fields = encoder.container(keyedBy: Keys.self)
        switch self {
        case .cellStarted(let index):
            try fields.encode(Kind.cell, forKey: .kind)
            try fields.encode(index, forKey: .index)
        case .figure(let figure):
            try fields.encode(Kind.figure, forKey: .kind)
            try fields.encode(figure, forKey: .figure)
        case .inlineStarted(let index):
            try fields.encode(Kind.inlineStart, forKey: .kind)
            try fields.encode(index, forKey: .index)
        case .inlineValue(let index, let text):
            try fields.encode(Kind.inline, forKey: .kind)
            try fields.encode(index, forKey: .index)
            try fields.encode(text, forKey: .text)
        case .fileRead(let path):
            try fields.encode(Kind.read, forKey: .kind)
            try fields.encode(path, forKey: .path)
        case .callRejected(let message):
            try fields.encode(Kind.error, forKey: .kind)
            try fields.encode(message, forKey: .message)
        case .finished:
            try fields.encode(Kind.done, forKey: .kind)
        }
    }
}
