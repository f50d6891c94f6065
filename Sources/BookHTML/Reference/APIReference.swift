import Foundation
import SymbolKit

/// The public API of the libraries chapter code uses (Neural, Figures, NeuralPlots,
/// NotebookRuntime), read with SymbolKit from the symbol graphs the compiler writes
/// (`swift symbolgraph-extract`), for the reference pages of a book's site.
///
/// Why symbol graphs, not DocC: DocC renders its own site (a JavaScript application that does
/// not work from disk); the graphs give the same facts (declarations, documentation, members)
/// to render in the book's own theme, searchable and offline.
public struct APIReference: Sendable {
    /// One declaration piece, such as the keyword `func` or the type `Matrix` (with the
    /// compiler's identifier of what it names, for links).
    struct Fragment: Sendable, Equatable {
        var kind: String
        var spelling: String
        var target: String?
    }

    /// A documented symbol: a type with its members, or a function.
    struct Entry: Sendable {
        var name: String
        /// "Structure", "Instance Method"… as the compiler names the kind.
        var kindName: String
        /// `struct`, `method`, `init`…: what orders members on a page.
        var kind: String
        var declaration: [Fragment]
        /// The `///` comment, Markdown.
        var documentation: String
        var precise: String
        var members: [Entry] = []
        /// For members added to a standard type (`extension Array`): that type's name.
        var extendedType: String?

        /// The first sentence-ish line of the documentation, for lists.
        var summary: String {
            documentation.split(separator: "\n\n").first.map {
                $0.split(separator: "\n").joined(separator: " ")
            } ?? ""
        }

        var isType: Bool { ["struct", "class", "enum", "protocol", "typealias"].contains(kind) }
    }

    /// One library: its types (each a page) and its free functions, variables and extensions
    /// of standard types (on the module's page).
    struct Module: Sendable {
        var name: String
        var types: [Entry]
        var others: [Entry]
    }

    var modules: [Module]

    /// Reads every `*.symbols.json` in `files`; modules in the order given.
    public static func load(symbolGraphs files: [String]) throws -> APIReference {
        var modules: [Module] = []
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let graph = try JSONDecoder().decode(SymbolGraph.self, from: data)
            modules.append(module(from: graph))
        }
        return APIReference(modules: modules)
    }

    private static func module(from graph: SymbolGraph) -> Module {
        func entry(_ symbol: SymbolGraph.Symbol) -> Entry {
            let fragments = symbol[mixin: SymbolGraph.Symbol.DeclarationFragments.self]?.declarationFragments ?? []
            let kind = symbol.kind.identifier.identifier.replacingOccurrences(of: "swift.", with: "")
            return Entry(name: symbol.names.title, kindName: symbol.kind.displayName, kind: kind,
                         declaration: fragments.map {
                             Fragment(kind: $0.kind.rawValue, spelling: $0.spelling, target: $0.preciseIdentifier)
                         },
                         documentation: symbol.docComment?.lines.map(\.text).joined(separator: "\n") ?? "",
                         precise: symbol.identifier.precise)
        }
        // Public symbols of this module only: the graph also lists, as "synthesized", what
        // each type inherits from standard protocols (`!=`, `hash(into:)`). (Source locations
        // would tell too, but an installed glia ships no .swiftsourceinfo.)
        let symbols = graph.symbols.values.filter { !$0.identifier.precise.contains("::SYNTHESIZED::") }
        var entries = Dictionary(uniqueKeysWithValues: symbols.map { ($0.identifier.precise, entry($0)) })
        var parentOf: [String: String] = [:]
        var fallback: [String: String] = [:]
        for relation in graph.relationships where relation.kind == .memberOf {
            parentOf[relation.source] = relation.target
            fallback[relation.source] = relation.targetFallback
        }
        // Members go under their parents, deepest first so nested types arrive whole.
        let depth = { (id: String) -> Int in
            var count = 0, current = id
            while let parent = parentOf[current] { count += 1; current = parent }
            return count
        }
        for id in entries.keys.sorted(by: { depth($0) > depth($1) || (depth($0) == depth($1) && $0 < $1) }) {
            guard let parent = parentOf[id], var member = entries[id] else { continue }
            if entries[parent] != nil {
                entries[parent]?.members.append(member)
                entries[id] = nil
            } else {
                member.extendedType = fallback[id].map { $0.split(separator: ".").last.map(String.init) ?? $0 }
                entries[id] = member
            }
        }
        // Overloads share a name; their symbol identifiers order them the same way on every
        // run (the dictionary's order changes from one process to the next).
        let sorted = entries.values.map(sortingMembers).sorted { ($0.name, $0.precise) < ($1.name, $1.precise) }
        return Module(name: graph.module.name, types: sorted.filter(\.isType), others: sorted.filter { !$0.isType })
    }

    /// Members in the order a reader looks for them: initialisers, cases, properties, methods.
    private static func sortingMembers(_ entry: Entry) -> Entry {
        let order = ["init", "enum.case", "property", "type.property", "method", "type.method", "func.op",
                     "subscript", "struct", "enum", "class", "typealias"]
        var sorted = entry
        sorted.members = entry.members.map(sortingMembers).sorted {
            let (a, b) = (order.firstIndex(of: $0.kind) ?? order.count, order.firstIndex(of: $1.kind) ?? order.count)
            return a != b ? a < b : ($0.name, $0.precise) < ($1.name, $1.precise)
        }
        return sorted
    }

    /// How many public symbols have documentation and how many have none, for the build's report.
    public var counts: (documented: Int, undocumented: Int) {
        func visit(_ entries: [Entry]) -> (Int, Int) {
            entries.reduce((0, 0)) { sum, entry in
                let inner = visit(entry.members)
                let own = entry.documentation.isEmpty ? (0, 1) : (1, 0)
                return (sum.0 + own.0 + inner.0, sum.1 + own.1 + inner.1)
            }
        }
        return modules.reduce((0, 0)) { sum, module in
            let counted = visit(module.types + module.others)
            return (sum.0 + counted.0, sum.1 + counted.1)
        }
    }
}
