import Foundation

/// Which chapter hands which value to which: `publish(value, as: "name")` in one chapter,
/// `imported("name")` in others, read from the cells' text (literal names only) before
/// anything runs. It orders the run (a chapter after the chapters it imports from) and is
/// checked like figure references: a name nobody publishes, a name published twice, and
/// chapters importing from each other in a cycle are errors at their Markdown place.
public struct ValueFlow: Sendable {
    /// One `publish(…, as: "name")` or `imported("name")`.
    public struct Use: Sendable, Equatable {
        public var name: String
        public var chapter: String
        public var location: SourceLocation
    }

    /// Each name's publishing call (the first, when there are several).
    public private(set) var producers: [String: Use] = [:]
    public private(set) var imports: [Use] = []
    /// Problems found while reading.
    public private(set) var problems: [Diagnostic] = []

    public init(_ pages: [Chapter]) {
        for chapter in pages {
            // Most cells name neither function: skip them whole, a build reads every cell (and
            // looks at bytes: Foundation's `contains` cost more than the rest of the check).
            for cell in chapter.cells where cell.options.eval
                && (cell.source.containsBytes("publish(")
                    || cell.source.containsBytes("imported(")) {
                let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
                for (offset, line) in lines.enumerated() {
                    let place = { (column: Int) in
                        SourceLocation(file: chapter.path, line: cell.firstLine + offset, column: column + cell.column - 1)
                    }
                    read(String(line), chapter: chapter.path, at: place)
                }
            }
            for expression in chapter.inlineExpressions
                where expression.code.containsBytes("imported(") {
                read(expression.code, chapter: chapter.path) {
                    SourceLocation(file: chapter.path, line: expression.location.line,
                                   column: expression.location.column + $0 - 1)
                }
            }
        }
        check()
    }

    /// The chapters (paths) `chapter` imports from, by value name.
    public func sources(of chapter: String) -> [String: String] {
        var found: [String: String] = [:]
        for use in imports where use.chapter == chapter {
            if let producer = producers[use.name], producer.chapter != chapter { found[use.name] = producer.chapter }
        }
        return found
    }

    /// `publish(` … `as: "x"` and `imported("x"` on one line (the regular expressions run only
    /// on lines that could match: Foundation compiles them per call).
    private mutating func read(_ line: String, chapter: String, at place: (Int) -> SourceLocation) {
        if line.contains("publish("),
           let found = line.range(of: #"(^|[^A-Za-z0-9_.])publish\(.*\bas:\s*"[^"\\]*""#, options: .regularExpression) {
            let name = Self.lastLiteral(in: line[found])
            let use = Use(name: name, chapter: chapter, location: place(Self.column(of: found.lowerBound, in: line)))
            if let first = producers[name] {
                problems.append(.error("the value '\(name)' is already published at \(first.location): each "
                                       + "value has one publishing chapter; give this one another name",
                                       at: use.location))
            } else {
                producers[name] = use
            }
        }
        if line.contains("imported(") {
            var rest = line[...]
            while let found = rest.range(of: #"(^|[^A-Za-z0-9_.])imported\(\s*"[^"\\]*""#, options: .regularExpression) {
                let column = Self.column(of: found.lowerBound, in: line)
                imports.append(Use(name: Self.lastLiteral(in: rest[found]), chapter: chapter, location: place(column)))
                rest = rest[found.upperBound...]
            }
        }
    }

    private static func lastLiteral(in text: Substring) -> String {
        let quoted = text.dropLast()
        return String(quoted[quoted.index(after: quoted.lastIndex(of: "\"")!)...])
    }

    /// 1-based column of `index` (pointing at the call's name, past a leading separator).
    private static func column(of index: String.Index, in line: String) -> Int {
        var column = line.distance(from: line.startIndex, to: index) + 1
        if index < line.endIndex, !line[index].isLetter { column += 1 }
        return column
    }

    private mutating func check() {
        for use in imports where producers[use.name] == nil {
            var message = "no chapter publishes a value named '\(use.name)'"
            if let near = likelyTypo(of: use.name, among: Set(producers.keys)) {
                message += ": did you mean '\(near)'?"
            } else {
                message += "; publish it with publish(value, as: \"\(use.name)\") in the chapter that makes it"
            }
            problems.append(.error(message, at: use.location))
        }
        for use in imports where producers[use.name]?.chapter == use.chapter {
            problems.append(.error("this chapter imports the value '\(use.name)' it publishes itself: use "
                                   + "the value directly", at: use.location))
        }
        if let cycle = firstCycle() { problems.append(cycle) }
    }

    /// Chapters that import from each other in a cycle, reported at one import of the cycle.
    private func firstCycle() -> Diagnostic? {
        let chapters = Set(imports.map(\.chapter))
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var path: [String] = []
        func visit(_ chapter: String) -> [String]? {
            state[chapter] = 1
            path.append(chapter)
            for (_, source) in sources(of: chapter).sorted(by: { $0.key < $1.key }) {
                if state[source] == 1 { return Array(path[path.firstIndex(of: source)!...]) }
                if state[source] == nil, let cycle = visit(source) { return cycle }
            }
            path.removeLast()
            state[chapter] = 2
            return nil
        }
        for chapter in chapters.sorted() where state[chapter] == nil {
            guard let cycle = visit(chapter) else { continue }
            let first = cycle[0], next = cycle.count > 1 ? cycle[1] : cycle[0]
            guard let use = imports.first(where: { $0.chapter == first && producers[$0.name]?.chapter == next })
            else { continue }
            let loop = (cycle + [first]).joined(separator: " → ")
            return .error("chapters import values from each other in a cycle (\(loop)), so none can run "
                          + "first: publish the value '\(use.name)' from a chapter that does not need the "
                          + "others", at: use.location)
        }
        return nil
    }
}
