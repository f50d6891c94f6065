import BookCore

/// A GFM table as HTML, inside a wrapper that scrolls sideways on narrow screens (focusable,
/// so keyboard users can scroll it too). The page renderer supplies the cells' inline HTML.
enum TableHTML {
    /// A captioned table is numbered ("Table 5.1: …"); its wrapper carries the label as id and
    /// the number as its region name, so every table region's name is its own.
    ///
    /// An uncaptioned table's region is named by its columns ("Table: x, ReLU(x), slope");
    /// `usedNames` (the page's) makes every region's name unique ("… (2)").
    static func html(_ table: Table, number: String? = nil, usedNames: inout [String: Int],
                     cell: ([Inline]) -> String) -> String {
        let base = number.map { "Table \($0)" } ?? regionName(table)
        usedNames[base, default: 0] += 1
        let count = usedNames[base] ?? 1
        let name = count > 1 ? "\(base) (\(count))" : base
        var out = "<div class=\"table-wrap\""
        if let label = table.label { out += " id=\"" + HTML.attribute(label) + "\"" }
        out += " tabindex=\"0\" role=\"region\" aria-label=\"" + HTML.attribute(name) + "\">\n<table>\n"
        if let caption = table.caption {
            out += "<caption>" + (number.map { "<span class=\"table-number\">Table \($0)</span>: " } ?? "")
                + cell(caption) + "</caption>\n"
        }
        out += "<thead>\n<tr>"
        for (column, content) in table.header.enumerated() {
            out += "<th" + alignment(table, column) + ">" + header(content, cell: cell) + "</th>"
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

    /// A header that is only math (`$w$`) would have no visible text of its own (KaTeX's
    /// output is hidden from assistive technology, its MathML from sight): a plain variable
    /// is written as text (`<var>w</var>`), anything else is named with its TeX.
    private static func header(_ content: [Inline], cell: ([Inline]) -> String) -> String {
        let formulas = content.compactMap { inline -> String? in
            if case .math(let tex) = inline { return tex }
            return nil
        }
        guard !content.isEmpty, formulas.count == content.count else { return cell(content) }
        if formulas.allSatisfy({ $0.range(of: #"^[A-Za-z][A-Za-z0-9]*$"#, options: .regularExpression) != nil }) {
            return formulas.map { "<var>" + HTML.text($0) + "</var>" }.joined(separator: " ")
        }
        return "<span role=\"img\" aria-label=\"" + HTML.attribute(content.plainText) + "\">" + cell(content) + "</span>"
    }

    /// "Table: a, b, c" from the header row, shortened.
    static func regionName(_ table: Table) -> String {
        let columns = table.header.map(\.plainText).filter { !$0.isEmpty }.joined(separator: ", ")
        guard !columns.isEmpty else { return "Table" }
        return "Table: " + (columns.count > 60 ? String(columns.prefix(59)) + "…" : columns)
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
