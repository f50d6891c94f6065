import Foundation
import GliaProtocol

/// The figure checks that need no run, so `glia check` (and the build, before minutes of
/// training) can report them: figure names written as literals in `show(…, name: "…")` must be
/// valid and unique in their chapter, and every `@fig-` reference must name one of them.
///
/// A book that also names figures with computed strings cannot be checked for references
/// here (the name is known only when the cell runs); the render stage checks those.
public struct FigureReferenceCheck {
    public init() {}

    public func problems(in pages: [Chapter]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var names: Set<String> = []
        var computedNames = false
        for chapter in pages {
            var seen: [String: SourceLocation] = [:]
            for cell in chapter.cells where cell.options.eval {
                for call in Self.showCalls(in: cell, file: chapter.path) {
                    guard let name = call.literalName else {
                        computedNames = true
                        continue
                    }
                    if !Self.isValid(name) {
                        problems.append(.error("figure name '\(name)' may use only letters, digits, '-' "
                                               + "and '_' (it becomes a file name and an anchor)",
                                               at: call.location))
                    } else if let suffix = FigureOutput.reservedSuffixes.first(where: name.hasSuffix) {
                        problems.append(.error("figure name '\(name)' may not end in '\(suffix)': glia "
                                               + "names the figure's other versions that way",
                                               at: call.location))
                    } else if let first = seen[name] {
                        problems.append(.error("figure name '\(name)' is already used at line \(first.line): "
                                               + "give each show(_:name:) call its own name",
                                               at: call.location))
                    }
                    seen[name] = seen[name] ?? call.location
                    names.insert(name)
                }
            }
        }
        guard !computedNames else { return problems }
        for chapter in pages {
            for (label, location) in Self.references(in: chapter.blocks) where label.hasPrefix("fig-") {
                let name = String(label.dropFirst(4))
                guard !names.contains(name) else { continue }
                var message = "unknown cross-reference '@\(label)'"
                if let near = likelyTypo(of: name, among: names) {
                    message += ": did you mean '@fig-\(near)'?"
                } else {
                    message += "; no show(_:name:) call in this book draws a figure named '\(name)'"
                }
                problems.append(.error(message,
                                       at: location))
            }
        }
        return problems
    }

    /// A `show(` call in a cell, with its literal name if it has one.
    struct ShowCall {
        var literalName: String?
        var location: SourceLocation
    }

    /// The `show(` and `explore(` calls of a cell. An `explore(` call's `name:` argument may
    /// follow its sliders on the next lines, so up to three more lines are searched for it.
    static func showCalls(in cell: Cell, file: String) -> [ShowCall] {
        var calls: [ShowCall] = []
        let source = cell.source
        let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(source[$0.startIndex..<$0.endIndex]) }
        for (offset, text) in lines.enumerated() {
            // The regular expression is the slow part (Foundation compiles it per call), so
            // only lines that could hold a call get it; they are found by their bytes, which is
            // far quicker than Foundation's `contains` on every line of every cell.
            guard text.containsBytes("show(") || text.containsBytes("explore("),
                  !text.trimmingSpaces.hasPrefix("//"),
                  let call = text.range(of: #"(^|[^A-Za-z0-9_.])(show|explore)\("#,
                                        options: .regularExpression)
            else { continue }
            let isExplore = text[call].hasSuffix("explore(")
            let searched = isExplore ? offset..<min(lines.count, offset + 4) : offset..<offset + 1
            var found: ShowCall?
            for index in searched {
                let line = lines[index]
                let start = index == offset ? call.upperBound : line.startIndex
                guard let name = line[start...].range(of: #"name:\s*"[^"\\]*""#,
                                                       options: .regularExpression) else { continue }
                let literal = line[name].drop { $0 != "\"" }.dropFirst().dropLast()
                let column = line.distance(from: line.startIndex, to: name.lowerBound) + cell.column
                found = ShowCall(literalName: String(literal),
                                 location: SourceLocation(file: file, line: cell.firstLine + index,
                                                          column: column))
                break
            }
            calls.append(found ?? ShowCall(literalName: nil,
                                           location: SourceLocation(file: file, line: cell.firstLine + offset,
                                                                    column: 1)))
        }
        return calls
    }

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// Every `@…` cross-reference in the blocks, with its place.
    static func references(in blocks: [Block]) -> [(String, SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .crossReference(let label, let location): found.append((label, location))
                case .emphasis(let children), .strong(let children), .strikethrough(let children):
                    visit(children)
                case .link(_, _, let children), .image(_, _, let children): visit(children)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines, _): visit(inlines)
                case .blockQuote(let children), .footnoteDefinition(_, let children), .callout(_, let children):
                    visit(children)
                case .list(_, _, _, let items): items.forEach { visit($0.blocks) }
                case .table(let table):
                    table.header.forEach(visit)
                    table.rows.joined().forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return found
    }
}
