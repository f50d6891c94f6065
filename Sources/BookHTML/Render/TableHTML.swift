import BookCore

/// A GFM table as HTML, inside a wrapper that scrolls sideways on narrow screens (focusable,
/// so keyboard users can scroll it too). The page renderer supplies the cells' inline HTML.
enum TableHTML {
    /// A captioned table is numbered ("Table 5.1: …"); its wrapper carries the label as id and
    /// the number as its region name, so every table region's name is its own.
    static func html(_ table: Table, number: String? = nil, cell: ([Inline]) -> String) -> String {
        let name = number.map { "Table \($0)" } ?? "Table"
        var out = "<div class=\"table-wrap\""
        if let label = table.label { out += " id=\"" + HTML.attribute(label) + "\"" }
        out += " tabindex=\"0\" role=\"region\" aria-label=\"" + HTML.attribute(name) + "\">\n<table>\n"
        if let caption = table.caption {
            out += "<caption>" + (number.map { "<span class=\"table-number\">Table \($0)</span>: " } ?? "")
                + cell(caption) + "</caption>\n"
        }
        out += "<thead>\n<tr>"
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
