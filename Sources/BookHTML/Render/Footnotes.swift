import BookCore

/// A page's footnotes, numbered as cmark-gfm numbers them (in the order of first reference,
/// which is the order of the definitions it moves to the end), with a link from each
/// reference to its note and back.
struct Footnotes {
    private var numbers: [String: Int] = [:]
    /// Labels by number.
    private var labels: [Int: String] = [:]
    /// How many times each label has been referred to so far (the second gets `fnref-a-2`).
    private var uses: [String: Int] = [:]

    init(definitions blocks: [Block]) {
        for block in blocks {
            if case .footnoteDefinition(let label, _) = block.kind, numbers[label] == nil {
                numbers[label] = numbers.count + 1
                labels[numbers.count] = label
            }
        }
    }

    /// The superscript link a reference to note `number` becomes.
    mutating func reference(_ number: Int) -> String {
        guard let label = labels[number] else { return HTML.text("[^\(number)]") }
        uses[label, default: 0] += 1
        let count = uses[label]!
        let id = Self.id(label)
        return "<sup class=\"footnote-ref\"><a href=\"#fn-\(id)\" id=\"fnref-\(id)"
            + (count > 1 ? "-\(count)" : "") + "\" data-footnote-ref>\(number)</a></sup>"
    }

    /// The notes' section at the end of the page; `notes` are the definitions' HTML in order.
    func section(_ notes: [(label: String, html: String)]) -> String {
        guard !notes.isEmpty else { return "" }
        var out = "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        for (label, html) in notes {
            let id = Self.id(label)
            let number = numbers[label] ?? 0
            var backlinks = ""
            for use in 1...max(1, uses[label] ?? 1) {
                backlinks += " <a href=\"#fnref-\(id)" + (use > 1 ? "-\(use)" : "")
                    + "\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to reference \(number)"
                    + (use > 1 ? " (\(use))" : "") + "\">↩" + (use > 1 ? "<sup class=\"footnote-ref\">\(use)</sup>" : "")
                    + "</a>"
            }
            // The links go at the end of the note's last paragraph, as GitHub places them.
            var body = html
            if body.hasSuffix("</p>\n") {
                body.removeLast("</p>\n".count)
                body += backlinks + "</p>\n"
            } else {
                body += "<p>" + backlinks.dropFirst() + "</p>\n"
            }
            out += "<li id=\"fn-\(id)\">\n" + body + "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// Labels may hold characters an id cannot.
    private static func id(_ label: String) -> String {
        HTML.attribute(label.split(whereSeparator: { $0.isWhitespace }).joined(separator: "-"))
    }
}
