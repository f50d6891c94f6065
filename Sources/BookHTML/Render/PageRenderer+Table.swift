import BookCore

extension PageRenderer {
    /// A GFM table inside a wrapper that scrolls sideways on narrow screens (focusable, so
    /// keyboard users can scroll it too).
    mutating func table(_ table: Table, into out: inout String) {
        out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">\n"
        out += "<table>\n<thead>\n<tr>"
        for (column, cell) in table.header.enumerated() {
            out += "<th" + Self.alignment(table, column) + ">" + inlines(cell) + "</th>"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for (column, cell) in row.enumerated() {
                    out += "<td" + Self.alignment(table, column) + ">" + inlines(cell) + "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n</div>\n"
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
