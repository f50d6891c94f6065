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
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            body = source
            return
        }
        guard let end = lines.dropFirst().firstIndex(where: {
            let trimmed = $0.trimmingCharacters(in: .whitespaces)
            return trimmed == "---" || trimmed == "..."
        }) else {
            throw Diagnostic.error(
                "front matter starts with '---' but never ends: add a '---' line after it",
                at: SourceLocation(file: file, line: 1))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        body = String(repeating: "\n", count: end + 1) + lines[(end + 1)...].joined(separator: "\n")
        values = try Self.parse(yaml, file: file)
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
