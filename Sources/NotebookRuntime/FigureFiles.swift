import CairoFigures
import Figures
import Foundation
import GliaProtocol

/// The files one figure is written as, and the work of writing them.
///
/// Every figure is drawn for a white page and again for a dark page (`Figure.forDarkPage`),
/// at 1× and 2×, in a phone layout when it is too wide for a phone, and once as SVG (the
/// download, for print and papers, so light only). File names
/// start with `stem`: `stem.png`, `stem@2x.png`, `stem-dark.png`, `stem-narrow-dark@2x.png`…
struct FigureFiles {
    var output: FigureOutput
    /// Each writes one file; they share nothing, so they can run at the same time.
    var writes: [() throws -> Void]

    init(_ made: Figure, stem: String, name: String, caption: String?, alt: String?) {
        let dark = made.forDarkPage()
        var output = FigureOutput(name: name, caption: caption, alt: alt,
                                  width: made.width, height: made.height, svg: "\(stem).svg",
                                  png: "\(stem).png", png2x: "\(stem)@2x.png",
                                  dark: DarkFigure(png: "\(stem)-dark.png",
                                                   png2x: "\(stem)-dark@2x.png"))
        let files = output
        // Each file by name, and how to write it to a path.
        var drawn: [(file: String, write: (String) throws -> Void)] = [
            (files.svg, { try made.writeSVG(to: $0) }),
            (files.png, { try made.writePNG(to: $0, scale: 1) }),
            (files.png2x, { try made.writePNG(to: $0, scale: 2) }),
            (files.dark!.png, { try dark.writePNG(to: $0, scale: 1) }),
            (files.dark!.png2x, { try dark.writePNG(to: $0, scale: 2) }),
        ]
        if let narrow = made.narrowVariant() {
            let small = NarrowFigure(width: narrow.width, height: narrow.height,
                                     png: "\(stem)-narrow.png", png2x: "\(stem)-narrow@2x.png",
                                     rearranged: narrow.columns != made.columns,
                                     darkPNG: "\(stem)-narrow-dark.png",
                                     darkPNG2x: "\(stem)-narrow-dark@2x.png")
            let narrowDark = narrow.forDarkPage()
            drawn.append((small.png, { try narrow.writePNG(to: $0, scale: 1) }))
            drawn.append((small.png2x, { try narrow.writePNG(to: $0, scale: 2) }))
            drawn.append((small.darkPNG!, { try narrowDark.writePNG(to: $0, scale: 1) }))
            drawn.append((small.darkPNG2x!, { try narrowDark.writePNG(to: $0, scale: 2) }))
            output.narrow = small
        }
        self.output = output
        let directory = _GliaSession.figureDirectory
        let store = FigureStore.shared
        let digest = store?.digest(of: made)
        writes = drawn.map { file, write in
            let path = (directory as NSString).appendingPathComponent(file)
            guard let store, let digest else { return { try write(path) } }
            // "<digest>-dark@2x.png": the file's name without the figure's own stem.
            let stored = digest + file.dropFirst(stem.count)
            return {
                if store.reuse(stored, at: path) { return }
                try write(path)
                store.keep(path, as: stored)
            }
        }
    }

    /// Runs `writes` at the same time: each file has its own Cairo surface, so they share
    /// nothing, and a cell waits for the slowest file, not the sum. The bytes written are
    /// the same as one after another. Throws the first error.
    static func writeInParallel(_ writes: [() throws -> Void]) throws {
        let errors = UnsafeMutableBufferPointer<Error?>.allocate(capacity: writes.count)
        errors.initialize(repeating: nil)
        defer { errors.deallocate() }
        DispatchQueue.concurrentPerform(iterations: writes.count) { index in
            do { try writes[index]() } catch { errors[index] = error }
        }
        if let error = errors.compactMap({ $0 }).first { throw error }
    }
}

/// Checks a figure name given to `show` or `explore`; reports the problem and returns false
/// when it cannot be used.
func acceptFigureName(_ name: String) -> Bool {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
    guard !name.isEmpty, name.unicodeScalars.allSatisfy(allowed.contains) else {
        _GliaSession.error("figure name '\(name)' may use only letters, digits, '-' and '_'")
        return false
    }
    if let suffix = FigureOutput.reservedSuffixes.first(where: name.hasSuffix) {
        _GliaSession.error("figure name '\(name)' may not end in '\(suffix)': glia names the "
                           + "figure's other versions that way; choose another name")
        return false
    }
    guard _GliaSession.figureNames.insert(name).inserted else {
        _GliaSession.error("figure name '\(name)' is used twice in this chapter: give each "
                           + "figure its own name")
        return false
    }
    return true
}
