import BookCore

/// A GFM table as HTML, inside a wrapper that scrolls sideways on narrow screens (focusable,
/// so keyboard users can scroll it too). The page renderer supplies the cells' inline HTML.
enum TableHTML {
    static func html(_ table: Table, cell: ([Inline]) -> String) -> String {
        var out = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">\n"
        out += "<table>\n<thead>\n<tr>"
        for (column, content) in table.header.enumerated() {
            out += "<th" + alignment(table, column) + ">" + cell(content) + "</th>"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for (column, content) in row.enumerated() {
                    out += "<td" + alignment(table, column) + ">" + cell(content) + "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        return out + "</table>\n</div>\n"
    }

    private static func alignment(_ table: Table, _ column: Int) -> String {
        guard column < table.alignments.count else { return "" }
        switch table.alignments[column] {
        case .none: return ""
        case .left: return " style=\"text-align: left\""
        case .center: return " style=\"text-align: center\""
        case .right: return " style=\"text-align: right\""
        }
    }
}
