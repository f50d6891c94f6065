import CairoFigures
import Figures
import Foundation
import GliaProtocol

/// Shows a figure on the page, after the cell's code and output.
///
/// The figure is written as SVG and as PNG at 1× and 2×, for light and dark pages, into the
/// folder glia names; glia numbers it and embeds it with its caption and alt text. Refer to
/// it in prose as `@fig-<name>`.
/// - Parameters:
///   - figure: a `Figure` or any plot that makes one (`BoundaryPlot(model, data)`, …).
///   - name: unique within the chapter; letters, digits, `-` and `_`, not ending in
///     `-dark` or `-narrow`.
///   - caption: overrides the cell's `fig-cap` option.
///   - alt: overrides the cell's `fig-alt` option; every figure needs alt text.
public func show(_ figure: some FigureConvertible, name: String, caption: String? = nil,
                 alt: String? = nil) {
    guard acceptFigureName(name) else { return }
    do {
        let files = FigureFiles(try figure.makeFigure(), stem: name, name: name, caption: caption,
                                alt: alt)
        try FigureFiles.writeInParallel(files.writes)
        _GliaSession.figure(files.output)
    } catch {
        _GliaSession.error("figure '\(name)' could not be drawn: \(error)")
    }
}

/// Reads a text file (relative to the book root) and tells glia the chapter depends on it, so
/// editing the file re-runs the chapter.
///
/// Chapter programs run in a scratch folder of their own, so a relative `path` is resolved
/// against the book root here, not against the working folder.
public func readTextFile(_ path: String) throws -> String {
    _GliaSession.read(path)
    let resolved = path.hasPrefix("/") ? path
        : (_GliaSession.bookRoot as NSString).appendingPathComponent(path)
    return try String(contentsOfFile: resolved, encoding: .utf8)
}
