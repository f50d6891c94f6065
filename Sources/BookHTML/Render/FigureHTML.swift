import BookCore
import Foundation

/// The HTML of one numbered figure: a `<picture>` that picks the phone layout and the dark
/// drawing by media query, its caption and file links, and, for an explorable figure, the
/// sliders that move through its frames (`glia.js` wires them; without JavaScript and in
/// print the first shown frame is an ordinary image).
struct FigureHTML {
    let entry: FigureCatalog.Entry
    /// Folder of the chapter's figures in the site, ending in `/`.
    let folder: String
    /// The caption's inline HTML (without the "Figure N" number).
    let captionHTML: String?
    /// Size of the SVG download; a large one says so in its link.
    var svgBytes: Int? = nil
    /// `fig-column: page`: the figure may use the contents column's width too.
    var pageWide = false

    /// SVG downloads larger than this are left out of the site (the PNG stays).
    static let largeDownload = 2_000_000

    /// Whether an SVG of `svgBytes` is too large to publish.
    static func leavesOut(svgBytes: Int) -> Bool { svgBytes > largeDownload }

    /// Phones get the stacked layout; the breakpoint matches the site's phone layout.
    static let phoneMedia = "(max-width: 40rem)"
    /// Dark drawings are for screens only: a page printed from a dark screen prints light.
    static let darkMedia = "screen and (prefers-color-scheme: dark)"

    var html: String {
        let figure = entry.figure
        var out = "<figure id=\"" + HTML.attribute(entry.label) + "\" class=\"cell-figure"
            + (pageWide ? " figure-page" : "")
        if let explorable = figure.explorable {
            out += " explorable\" data-frame-file=\"" + HTML.attribute(HTML.path(figure.name))
                + "\" data-frame=\"\(explorable.initialFrame)\" data-alts=\""
                + HTML.attribute(url(figure.name + ".alts.js")) + "\">\n"
        } else {
            out += "\">\n"
        }
        out += picture(figure)
        if let explorable = figure.explorable { out += controls(explorable) }
        out += "<figcaption><span class=\"figure-number\">Figure \(entry.number)</span>"
        if let captionHTML { out += ": " + captionHTML }
        if figure.narrow?.rearranged == true {
            out += " <span class=\"narrow-note\">(On small screens the panels are stacked, in "
                + "reading order.)</span>"
        }
        // Named for their figure: a page has many "SVG" links (the visible words are kept).
        // An SVG over 2 MB (thousands of points, each a vector shape) is not published: the
        // PNG shows the same at a tenth of the size, and the caption says why there is no SVG.
        let png = "<a href=\"\(url(figure.png2x))\" aria-label=\"Figure \(entry.number) as PNG 2×\">PNG 2×</a>"
        if let svgBytes, Self.leavesOut(svgBytes: svgBytes) {
            out += " <span class=\"figure-files\">(" + png
                + String(format: "; no SVG, which would be %.1f MB)", Double(svgBytes) / 1_000_000)
        } else {
            out += " <span class=\"figure-files\">(<a href=\"" + url(figure.svg)
                + "\" aria-label=\"Figure \(entry.number) as SVG\">SVG</a>, " + png + ")"
        }
        out += "</span></figcaption>\n</figure>\n"
        return out
    }

    /// An explorable figure's alt text for each frame, as a script (`data-alts`) that
    /// `glia.js` loads when the reader first reaches for a slider. A figure of 60 frames has
    /// 60 sentences, about 14 KB that a page would otherwise carry in its first view; a
    /// script, unlike JSON, loads from a page opened from disk.
    var frameAltsFile: SiteFile? {
        guard entry.figure.explorable != nil else { return nil }
        // Keyed by the script's URL without `.alts.js`, as `data-alts` names it.
        return SiteFile(path: folder + entry.figure.name + ".alts.js",
                        text: "(window.gliaFrameAlts = window.gliaFrameAlts || {})["
                            + Self.json([url(entry.figure.name)]).dropFirst().dropLast() + "] = "
                            + Self.json(entry.frameAlts) + ";\n")
    }

    private func url(_ file: String) -> String { HTML.path(folder + file) }

    private func srcset(_ png: String, _ png2x: String) -> String {
        "\(url(png)) 1x, \(url(png2x)) 2x"
    }

    /// Sources in the order the browser tries them: the first whose media matches wins.
    /// Dark sources carry `data-scheme` so the page's theme toggle can force them on or off.
    private func picture(_ figure: FigureOutput) -> String {
        var out = "<picture>"
        func source(_ media: String, dark: Bool, srcset: String, width: Int, height: Int) {
            out += "<source media=\"\(dark ? Self.darkMedia + (media.isEmpty ? "" : " and " + media) : media)\""
            if dark { out += " data-scheme=\"dark\" data-media=\"\(media)\"" }
            out += " srcset=\"\(srcset)\" width=\"\(width)\" height=\"\(height)\">\n"
        }
        if let narrow = figure.narrow {
            if let dark = narrow.darkPNG, let dark2x = narrow.darkPNG2x {
                source(Self.phoneMedia, dark: true, srcset: srcset(dark, dark2x),
                       width: narrow.width, height: narrow.height)
            }
            source(Self.phoneMedia, dark: false, srcset: srcset(narrow.png, narrow.png2x),
                   width: narrow.width, height: narrow.height)
        }
        if let dark = figure.dark {
            source("", dark: true, srcset: srcset(dark.png, dark.png2x), width: figure.width,
                   height: figure.height)
        }
        out += "<img src=\"\(url(figure.png))\" srcset=\"\(srcset(figure.png, figure.png2x))\" "
        out += "width=\"\(figure.width)\" height=\"\(figure.height)\" loading=\"lazy\" "
        out += "alt=\"" + HTML.attribute(entry.alt ?? "") + "\"></picture>\n"
        return out
    }

    /// One labelled slider per control, its value written beside it, and a play button that
    /// steps the first slider. Hidden until the script shows them.
    private func controls(_ explorable: ExplorableFigure) -> String {
        var out = "<div class=\"explore-controls\" hidden>\n"
        out += "<button type=\"button\" class=\"explore-play\" aria-pressed=\"false\" "
            + "aria-label=\"Play: step through Figure \(entry.number)\">"
            + "<span class=\"when-paused\" aria-hidden=\"true\">▶</span>"
            + "<span class=\"when-playing\" aria-hidden=\"true\">❚❚</span></button>\n"
        out += "<div class=\"explore-sliders\">\n"
        for (k, control) in explorable.controls.enumerated() {
            let id = HTML.attribute(entry.label + "-slider-\(k)")
            let value = control.labels[control.initial]
            out += "<div class=\"explore-slider\"><label for=\"\(id)\">"
                + HTML.text(control.name) + "</label>"
            out += "<input type=\"range\" id=\"\(id)\" min=\"0\" max=\"\(control.labels.count - 1)\" "
                + "step=\"1\" value=\"\(control.initial)\" aria-valuetext=\""
                + HTML.attribute(value) + "\" data-labels=\""
                + HTML.attribute(Self.json(control.labels)) + "\">"
            out += "<output for=\"\(id)\">" + HTML.text(value) + "</output></div>\n"
        }
        return out + "</div>\n</div>\n"
    }

    static func json(_ strings: [String]) -> String {
        let data = (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
