import Foundation

/// Reads the leading `//| key: value` lines of a cell (the Quarto/knitr convention).
struct CellOptionsParser {
    /// The options, the code without its option lines, and every problem found.
    struct Result {
        var options = CellOptions()
        var code = ""
        var diagnostics: [Diagnostic] = []
    }

    /// - Parameters:
    ///   - source: the lines between the fences.
    ///   - file: the chapter's path, for diagnostics.
    ///   - firstLine: the Markdown line of the first source line.
    ///   - column: the column where cell lines start.
    static func parse(_ source: String, file: String, firstLine: Int, column: Int) -> Result {
        var result = Result()
        var seen: Set<String> = []
        // Only the leading option lines are taken apart; the code after them is one slice of
        // the source (splitting a long cell into lines and joining them again was most of the
        // time spent parsing a chapter).
        var codeStart = source.startIndex
        var offset = 0
        while codeStart < source.endIndex {
            let lineEnd = source.utf8[codeStart...].firstIndex(of: UInt8(ascii: "\n")) ?? source.endIndex
            let rawLine = source[codeStart..<lineEnd]
            let line = rawLine.trimmingSpaces
            guard line.hasPrefix("//|") else { break }
            codeStart = lineEnd < source.endIndex ? source.index(after: lineEnd) : source.endIndex
            defer { offset += 1 }
            let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.count
            let location = SourceLocation(file: file, line: firstLine + offset,
                                          column: column + indent)
            let body = line.dropFirst(3).trimmingSpaces
            guard let colon = body.firstIndex(of: ":") else {
                result.diagnostics.append(.error(
                    "cell option '\(body)' has no value: write it as '//| key: value'",
                    at: location))
                continue
            }
            let key = body[..<colon].trimmingSpaces
            let value = unquoted(body[body.index(after: colon)...]
                .trimmingSpaces)
            if !seen.insert(key).inserted {
                result.diagnostics.append(.error("cell option '\(key)' is given twice",
                                                 at: location))
                continue
            }
            if let problem = apply(key: key, value: value, to: &result.options) {
                result.diagnostics.append(.error(problem, at: location))
            }
        }
        result.code = String(source[codeStart...].trimmingNewlines)
        return result
    }

    /// Sets one option; returns a message if the key or value is bad.
    private static func apply(key: String, value: String, to options: inout CellOptions) -> String? {
        func flag(_ set: (inout CellOptions, Bool) -> Void) -> String? {
            switch value.lowercased() {
            case "true", "yes": set(&options, true); return nil
            case "false", "no": set(&options, false); return nil
            default: return "cell option '\(key)' must be true or false, not '\(value)'"
            }
        }
        switch key {
        case "label":
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
            guard !value.isEmpty, value.unicodeScalars.allSatisfy(allowed.contains) else {
                return "cell label '\(value)' may use only letters, digits, '-' and '_'"
            }
            options.label = value
        case "echo": return flag { $0.echo = $1 }
        case "eval": return flag { $0.eval = $1 }
        case "output": return flag { $0.output = $1 }
        case "error": return flag { $0.error = $1 }
        case "code-fold": return flag { $0.codeFold = $1 }
        case "fig-cap": options.figCap = value
        case "fig-alt": options.figAlt = value
        case "fig-column":
            guard let column = CellOptions.FigureColumn(rawValue: value) else {
                return "cell option 'fig-column' must be 'body' or 'page', not '\(value)'"
            }
            options.figColumn = column
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                return "cell option 'timeout' must be a positive number of seconds, not '\(value)'"
            }
            options.timeout = seconds
        default:
            let suggestion = closest(to: key).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown cell option '\(key)'\(suggestion); known options: "
                + CellOptions.knownKeys.joined(separator: ", ")
        }
        return nil
    }

    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote)
            && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The known key nearest to a misspelt one, if it is close enough to be a typo.
    private static func closest(to key: String) -> String? {
        let scored = CellOptions.knownKeys.map { ($0, editDistance($0, key)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Substring {
    /// Without the line breaks at either end (the characters `CharacterSet.newlines` holds),
    /// looking only at those ends.
    var trimmingNewlines: Substring {
        guard let first = firstIndex(where: { !$0.isNewline }),
              let last = lastIndex(where: { !$0.isNewline }) else { return self[endIndex...] }
        return self[first...last]
    }
}
