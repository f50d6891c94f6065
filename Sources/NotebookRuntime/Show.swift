import CairoFigures
import Figures
import Foundation

/// Shows a figure on the page, after the cell's code and output.
///
/// The figure is written as SVG and as PNG at 1× and 2× into the folder glia names; glia
/// numbers it and embeds it with its caption and alt text. Refer to it in prose as
/// `@fig-<name>`.
/// - Parameters:
///   - figure: a `Figure` or any plot that makes one (`BoundaryPlot(model, data)`, …).
///   - name: unique within the chapter; letters, digits, `-` and `_`.
///   - caption: overrides the cell's `fig-cap` option.
///   - alt: overrides the cell's `fig-alt` option; every figure needs alt text.
public func show(_ figure: some FigureConvertible, name: String, caption: String? = nil,
                 alt: String? = nil) {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
    guard !name.isEmpty, name.unicodeScalars.allSatisfy(allowed.contains) else {
        _GliaSession.error("figure name '\(name)' may use only letters, digits, '-' and '_'")
        return
    }
    guard _GliaSession.figureNames.insert(name).inserted else {
        _GliaSession.error("figure name '\(name)' is used twice in this chapter: give each "
                           + "show(_:name:) call its own name")
        return
    }
    let directory = ProcessInfo.processInfo.environment["GLIA_FIGURE_DIR"]
        ?? FileManager.default.currentDirectoryPath
    do {
        let made = try figure.makeFigure()
        let files = (svg: "\(name).svg", png: "\(name).png", png2x: "\(name)@2x.png")
        try made.writeSVG(to: (directory as NSString).appendingPathComponent(files.svg))
        try made.writePNG(to: (directory as NSString).appendingPathComponent(files.png), scale: 1)
        try made.writePNG(to: (directory as NSString).appendingPathComponent(files.png2x), scale: 2)
        var fields = [
            "\"name\":\(_GliaSession.jsonString(name))",
            "\"width\":\(made.width)", "\"height\":\(made.height)",
            "\"svg\":\(_GliaSession.jsonString(files.svg))",
            "\"png\":\(_GliaSession.jsonString(files.png))",
            "\"png2x\":\(_GliaSession.jsonString(files.png2x))",
        ]
        if let narrow = made.narrowVariant() {
            let small = (png: "\(name)-narrow.png", png2x: "\(name)-narrow@2x.png")
            try narrow.writePNG(to: (directory as NSString).appendingPathComponent(small.png),
                                scale: 1)
            try narrow.writePNG(to: (directory as NSString).appendingPathComponent(small.png2x),
                                scale: 2)
            fields.append("\"narrow\":{\"width\":\(narrow.width),\"height\":\(narrow.height),"
                          + "\"png\":\(_GliaSession.jsonString(small.png)),"
                          + "\"png2x\":\(_GliaSession.jsonString(small.png2x)),"
                          + "\"rearranged\":\(narrow.columns != made.columns)}")
        }
        if let caption { fields.append("\"caption\":\(_GliaSession.jsonString(caption))") }
        if let alt { fields.append("\"alt\":\(_GliaSession.jsonString(alt))") }
        _GliaSession.figure("{" + fields.joined(separator: ",") + "}")
    } catch {
        _GliaSession.error("figure '\(name)' could not be drawn: \(error)")
    }
}

/// Reads a text file (relative to the book root) and tells glia the chapter depends on it, so
/// editing the file re-runs the chapter.
public func readTextFile(_ path: String) throws -> String {
    _GliaSession.read(path)
    return try String(contentsOfFile: path, encoding: .utf8)
}
