import BookCore

/// `changes.html`: every figure the last build changed, added or removed, before and after
/// side by side with the changed pixels highlighted, and the numbers in the prose that changed.
/// Its images are the site's own figure files plus copies of the report's images.
struct ChangesPage {
    static let page = "changes.html"
    let changes: FigureChanges
    /// Where the report's image paths point.
    let folder: String

    /// The page's body and the image files it needs.
    func render() -> (body: String, files: [SiteFile]) {
        var out = "<p>What the last build that ran chapters changed, compared with the build "
            + "before it. Figures drawn again identically are not listed.</p>\n"
        var files: [SiteFile] = []
        if !changes.figures.isEmpty {
            out += "<h2 id=\"changed-figures\">Figures</h2>\n"
        }
        for figure in changes.figures {
            let id = "change-\(figure.chapterSlug)-\(figure.name)"
            out += "<section class=\"change\" aria-labelledby=\"\(HTML.attribute(id))\">\n"
            out += "<h3 id=\"\(HTML.attribute(id))\">" + HTML.text(figure.summary) + "</h3>\n"
            out += "<p>" + HTML.text(figure.chapterPath) + " ran because "
                + HTML.text(figure.reasons.joined(separator: "; ")) + "."
            if figure.kind != .removed {
                out += " <a href=\"" + HTML.path(figure.page) + "#" + HTML.path("fig-" + figure.name)
                    + "\">See it in its chapter</a>."
            }
            out += "</p>\n<div class=\"change-views\">\n"
            let afterPath = "figures/\(figure.chapterSlug)/\(figure.name).png"
            var beforePath: String?
            if let before = figure.before {
                beforePath = "changes/" + before
                files.append(SiteFile(path: "changes/" + before, contents: .copy(from: folder + "/" + before)))
            }
            switch (figure.kind, beforePath) {
            case (.changed, let before?):
                out += flip(id: id, before: before, after: afterPath, number: figure.number)
            case (.removed, let before?):
                out += view(before, alt: "Figure \(figure.number) as it was", caption: "Before")
            default:
                out += view(afterPath, alt: "Figure \(figure.number) after the change",
                            caption: figure.kind == .added ? "New" : "After")
            }
            if let diff = figure.diff {
                files.append(SiteFile(path: "changes/" + diff, contents: .copy(from: folder + "/" + diff)))
                out += view("changes/" + diff, alt: "Figure \(figure.number) with the changed pixels in magenta",
                            caption: "Changed pixels")
            }
            out += "</div>\n</section>\n"
        }
        if !changes.values.isEmpty {
            out += "<h2 id=\"changed-values\">Numbers in the prose</h2>\n"
            out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Changed numbers\">\n"
            out += "<table>\n<thead>\n<tr><th>Where</th><th>Inline value</th><th>Before</th>"
                + "<th>After</th></tr>\n</thead>\n<tbody>\n"
            for value in changes.values {
                out += "<tr><td>" + HTML.text(value.location.description) + "</td><td><code>"
                    + HTML.text(value.code) + "</code></td><td>" + HTML.text(value.before)
                    + "</td><td>" + HTML.text(value.after) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        return (out, files)
    }

    /// Before and after stacked in one place, with a checkbox that flips between them (a blink
    /// comparison shows small shifts better than two pictures side by side). Works without
    /// script; the checkbox is keyboard-operable.
    private func flip(id: String, before: String, after: String, number: String) -> String {
        let toggle = HTML.attribute("flip-" + id)
        return "<figure class=\"change-flip\">\n<input type=\"checkbox\" id=\"\(toggle)\" class=\"flip-toggle\">"
            + "<label for=\"\(toggle)\">Show the figure before the change</label>\n"
            + "<div class=\"flip-stage\"><img class=\"flip-after\" src=\"" + HTML.path(after)
            + "\" alt=\"Figure \(number) after the change\" loading=\"lazy\">"
            + "<img class=\"flip-before\" src=\"" + HTML.path(before)
            + "\" alt=\"Figure \(number) before the change\" loading=\"lazy\"></div>\n"
            + "<figcaption>After (tick the box for before)</figcaption></figure>\n"
    }

    private func view(_ path: String, alt: String, caption: String) -> String {
        "<figure><img src=\"" + HTML.path(path) + "\" alt=\"" + HTML.attribute(alt)
            + "\" loading=\"lazy\"><figcaption>" + HTML.text(caption) + "</figcaption></figure>\n"
    }

    /// The front page's pointer to this page.
    static func notice(_ changes: FigureChanges) -> String {
        let figures = changes.figures.count, values = changes.values.count
        var parts: [String] = []
        if figures > 0 { parts.append("\(figures) figure\(figures == 1 ? "" : "s")") }
        if values > 0 { parts.append("\(values) number\(values == 1 ? "" : "s") in the prose") }
        return "<p class=\"changes-notice\"><a href=\"\(page)\">What changed in the last build: "
            + parts.joined(separator: " and ") + "</a></p>\n"
    }
}
