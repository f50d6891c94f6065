import BookCore
import BookExecution
import Canvas
import FigureCompare
import Foundation

/// A committed folder of reference images (`figures-baseline/<chapter>/<figure>.png` and
/// `<figure>-dark.png`, the 1× PNGs; an explorable figure's first shown frame) that `glia build --check-figures` compares every figure with, so a library change
/// that alters the book's figures fails CI and is seen in review. `--accept-figures` records
/// the current figures as the new baseline.
struct FigureBaseline {
    let folder: AbsolutePath
    /// Share of pixels (percent) that may differ before a figure counts as changed.
    let tolerancePercent: Double
    /// How the baseline folder is named in messages (relative to the book root).
    let displayName: String

    /// Errors at the cells whose figures differ from the baseline or have none; warnings for
    /// baseline images no figure matches any more.
    func check(_ book: Book, _ executed: ExecutedBook) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for chapter in book.pages {
            guard let result = executed.outcomes[chapter.slug]?.result else { continue }
            var drawn: Set<String> = []
            for cell in chapter.cells where cell.index < result.cells.count {
                for figure in result.cells[cell.index].figures {
                    for image in figure.referenceImages {
                        drawn.insert(image)
                        let reference = folder.appending("\(chapter.slug)/\(image)")
                        let shown = "\(displayName)/\(chapter.slug)/\(image)"
                        let current = AbsolutePath(result.figureDirectory).appending(image)
                        guard let problem = difference(current, reference) else { continue }
                        problems.append(.error(
                            "figure '\(figure.name)' " + (problem.isEmpty ? "has no baseline image \(shown)"
                                : "differs from its baseline \(shown): \(problem)")
                            + "; if the change is intended, run 'glia build --accept-figures'",
                            at: cell.fence))
                    }
                }
            }
            let recorded = ((try? FileManager.default.contentsOfDirectory(
                atPath: folder.appending(chapter.slug).string)) ?? []).filter { $0.hasSuffix(".png") }
            for name in recorded.sorted() where !drawn.contains(name) {
                problems.append(.warning("the baseline has \(displayName)/\(chapter.slug)/\(name), which "
                                         + "the chapter no longer draws; 'glia build --accept-figures' "
                                         + "removes it", at: SourceLocation(file: chapter.path, line: 1)))
            }
        }
        return problems
    }

    /// nil when the image matches; "" when there is no reference; else how it differs.
    private func difference(_ current: AbsolutePath, _ reference: AbsolutePath) -> String? {
        guard let expected = FileManager.default.contents(atPath: reference.string) else { return "" }
        if FileManager.default.contents(atPath: current.string) == expected { return nil }
        guard let before = DecodedImage.read(reference.string),
              let after = DecodedImage.read(current.string) else {
            return "one of the two is not a readable PNG"
        }
        let comparison = PixelComparison(before, after)
        if let sizes = comparison.sizes { return "its size changed from \(sizes.before) to \(sizes.after)" }
        let percent = comparison.changedFraction * 100
        guard percent > tolerancePercent else { return nil }
        var text = String(format: "%.2f %% of pixels changed", percent)
        if let region = comparison.region {
            text += " (around x \(region.x.lowerBound)–\(region.x.upperBound), "
                + "y \(region.y.lowerBound)–\(region.y.upperBound) px)"
        }
        return text
    }

    /// Records every figure's 1× PNG as the baseline, replacing the chapters' old images.
    /// Returns how many figures were recorded.
    func accept(_ book: Book, _ executed: ExecutedBook) throws -> Int {
        var count = 0
        for chapter in book.pages {
            guard let result = executed.outcomes[chapter.slug]?.result else { continue }
            let figures = result.cells.flatMap(\.figures)
            let chapterFolder = folder.appending(chapter.slug)
            let old = (try? FileManager.default.contentsOfDirectory(atPath: chapterFolder.string)) ?? []
            for name in old where name.hasSuffix(".png") {
                try FileManager.default.removeItem(atPath: chapterFolder.appending(name).string)
            }
            guard !figures.isEmpty else { continue }
            try FileManager.default.createDirectory(atPath: chapterFolder.string, withIntermediateDirectories: true)
            for figure in figures {
                for image in figure.referenceImages {
                    try FileManager.default.copyItem(
                        atPath: AbsolutePath(result.figureDirectory).appending(image).string,
                        toPath: chapterFolder.appending(image).string)
                }
                count += 1
            }
        }
        return count
    }
}
