internal import CCMark
import Foundation

/// An owned cmark-gfm syntax tree: parses on init, frees the tree in deinit.
///
/// cmark-gfm is the reference CommonMark parser with GitHub's table and strikethrough
/// extensions, and it records a source position on every block, which glia needs to report
/// errors at `file:line:col`.
final class MarkdownTree {
    let root: OpaquePointer

    /// cmark-gfm is not re-entrant: its extension registry is set up without a lock, and a
    /// parse adds and removes the extensions' special characters in a process-wide table. So
    /// one tree is parsed at a time; reading finished trees (turning them into glia's blocks,
    /// about half of a chapter's parse) can go on in parallel.
    private static let parsing = NSLock()

    init(parsing text: String) {
        Self.parsing.lock()
        defer { Self.parsing.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        // tagfilter only acts in cmark's own HTML renderer; glia's renderer applies the same
        // rule (`RawHTML.filtered`), and the differential test attaches it for comparison.
        for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, bytes.count)) {
                cmark_parser_feed(parser, $0, bytes.count)
            }
        }
        root = cmark_parser_finish(parser)
    }

    deinit { cmark_node_free(root) }
}

/// A borrowed view of one node of a `MarkdownTree`; valid while the tree lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    /// Name of an extension node's type ("table", "table_row", "strikethrough", …).
    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var isFenced: Bool {
        // cmark writes through all three out-pointers without checking them for NULL.
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
    }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }
    var isCheckedTask: Bool { cmark_gfm_extensions_get_tasklist_item_checked(pointer) }
    var isHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    var tableAlignments: [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let raw = cmark_gfm_extensions_get_table_alignments(pointer) else {
            return Array(repeating: .none, count: count)
        }
        return (0..<count).map { column in
            switch UnicodeScalar(raw[column]) {
            case "l": return .left
            case "c": return .center
            case "r": return .right
            default: return .none
            }
        }
    }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(MarkdownNode(pointer: node))
            child = cmark_node_next(node)
        }
        return result
    }
}
