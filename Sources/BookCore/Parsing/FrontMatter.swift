import Foundation
import Yams

/// The YAML block between `---` lines at the top of a chapter.
struct FrontMatter {
    var values: [String: String] = [:]
    /// The Markdown after the front matter, with the front matter lines blanked so that line
    /// numbers in the body still match the file.
    var body: String

    /// Splits and parses front matter; throws a Diagnostic at the offending line.
    init(splitting source: String, file: String) throws {
        // Lines are found one at a time, as far as the front matter goes; the body is one
        // slice of the source (splitting the whole chapter into lines and joining them again
        // cost more than the Markdown parse).
        func line(from start: String.Index) -> (text: Substring, next: String.Index?) {
            guard let end = source.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                return (source[start...], nil)
            }
            return (source[start..<end], source.index(after: end))
        }
        let first = line(from: source.startIndex)
        guard first.text.trimmingSpaces == "---" else {
            body = source
            return
        }
        var number = 1
        var next = first.next
        while let start = next {
            let current = line(from: start)
            let trimmed = current.text.trimmingSpaces
            if trimmed == "---" || trimmed == "..." {
                let yamlStart = first.next ?? source.endIndex
                // The YAML lines without the line break that ends the last of them.
                let yamlEnd = start > yamlStart ? source.utf8.index(before: start) : yamlStart
                values = try Self.parse(String(source[yamlStart..<yamlEnd]), file: file)
                // Blank lines keep every later line at its line number.
                body = String(repeating: "\n", count: number + 1) + (current.next.map { source[$0...] } ?? "")
                return
            }
            number += 1
            next = current.next
        }
        throw Diagnostic.error(
            "front matter starts with '---' but never ends: add a '---' line after it",
            at: SourceLocation(file: file, line: 1))
    }

    private static func parse(_ yaml: String, file: String) throws -> [String: String] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error, file: file)
        }
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw Diagnostic.error("front matter must be 'key: value' lines, like 'title: …'",
                                   at: SourceLocation(file: file, line: 2))
        }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            values[name] = value.string ?? value.sequence.map {
                $0.compactMap(\.string).joined(separator: ", ")
            } ?? ""
        }
        return values
    }

    /// Yams counts lines of the YAML text from 1; the file has the `---` line before it.
    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .error("bad front matter: \(problem)",
                          at: SourceLocation(file: file, line: mark.line + 1, column: mark.column))
        default:
            return .error("bad front matter: \(error)", at: SourceLocation(file: file, line: 2))
        }
    }
}
