import CairoFigures
import Figures
import Foundation
import GliaProtocol

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
    let directory = _GliaSession.figureDirectory
    func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }
    do {
        let made = try figure.makeFigure()
        var output = FigureOutput(name: name, caption: caption, alt: alt,
                                  width: made.width, height: made.height, svg: "\(name).svg",
                                  png: "\(name).png", png2x: "\(name)@2x.png")
        var writes: [() throws -> Void] = [
            { try made.writeSVG(to: path(output.svg)) },
            { try made.writePNG(to: path(output.png), scale: 1) },
            { try made.writePNG(to: path(output.png2x), scale: 2) },
        ]
        if let narrow = made.narrowVariant() {
            let small = NarrowFigure(width: narrow.width, height: narrow.height,
                                     png: "\(name)-narrow.png", png2x: "\(name)-narrow@2x.png",
                                     rearranged: narrow.columns != made.columns)
            writes.append { try narrow.writePNG(to: path(small.png), scale: 1) }
            writes.append { try narrow.writePNG(to: path(small.png2x), scale: 2) }
            output.narrow = small
        }
        try encodeInParallel(writes)
        _GliaSession.figure(output)
    } catch {
        _GliaSession.error("figure '\(name)' could not be drawn: \(error)")
    }
}

/// Draws and encodes a figure's files at the same time: each has its own Cairo surface, so
/// they share nothing, and a cell that shows a figure waits for the slowest file, not the sum.
/// The bytes written are the same as one after another. Throws the first error.
private func encodeInParallel(_ writes: [() throws -> Void]) throws {
    let errors = UnsafeMutableBufferPointer<Error?>.allocate(capacity: writes.count)
    errors.initialize(repeating: nil)
    defer { errors.deallocate() }
    DispatchQueue.concurrentPerform(iterations: writes.count) { index in
        do { try writes[index]() } catch { errors[index] = error }
    }
    if let error = errors.compactMap({ $0 }).first { throw error }
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
