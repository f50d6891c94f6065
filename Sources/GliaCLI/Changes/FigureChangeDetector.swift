import BookCore
import BookExecution
import Canvas
import FigureCompare
import Foundation

/// The compare stage: for every chapter that ran, its new figures against those in the last
/// good site (the output folder, before it is replaced) and its new inline values against its
/// last stored run. Figures drawn again identically are not listed: files with the same bytes
/// are the same; otherwise the decoded pixels of both PNG scales are compared.
///
/// The "before" images and the difference views are kept in the cache's `changes/` folder
/// (replaced by every build that runs a chapter, removed by `glia clean`) with the report, so
/// the changes page survives builds that run nothing.
struct FigureChangeDetector {
    /// The last good site.
    let siteFolder: AbsolutePath
    /// `.glia-cache/changes`.
    let store: AbsolutePath

    static let reportFile = "report.json"

    /// The changes of this build; nil when no chapter ran (the last report still stands).
    func detect(_ book: Book, _ executed: ExecutedBook) -> FigureChanges? {
        let ran = book.pages.compactMap { chapter -> (Chapter, ChapterResult, [String], ChapterResult?)? in
            guard case .ran(let result, let reasons, let previous)? = executed.outcomes[chapter.slug]
            else { return nil }
            return (chapter, result, reasons, previous)
        }
        // Compared only with a site glia wrote; the very first build has nothing to compare.
        let previous = [BookLayout.siteMarker, "search-index.js"]
            .contains { FileManager.default.fileExists(atPath: siteFolder.appending($0).string) }
        guard !ran.isEmpty, previous else { return nil }
        try? FileManager.default.removeItem(atPath: store.string)
        try? FileManager.default.createDirectory(atPath: store.string, withIntermediateDirectories: true)
        var changes = FigureChanges()
        for (chapter, result, reasons, previous) in ran {
            changes.figures += figures(of: chapter, result, reasons: reasons, frontPage: chapter.slug == book.index?.slug)
            changes.values += values(of: chapter, result, previous: previous)
        }
        save(changes)
        return changes
    }

    /// The report of the last build that ran a chapter.
    func lastReport() -> FigureChanges? {
        guard let data = FileManager.default.contents(atPath: store.appending(Self.reportFile).string)
        else { return nil }
        return try? JSONDecoder().decode(FigureChanges.self, from: data)
    }

    private func save(_ changes: FigureChanges) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        if let data = try? encoder.encode(changes) {
            try? data.write(to: URL(fileURLWithPath: store.appending(Self.reportFile).string))
        }
    }

    private func figures(of chapter: Chapter, _ result: ChapterResult, reasons: [String],
                         frontPage: Bool) -> [FigureChanges.Figure] {
        let oldFolder = siteFolder.appending("figures/\(chapter.slug)")
        let oldNames = Set(((try? FileManager.default.contentsOfDirectory(atPath: oldFolder.string)) ?? [])
            // By the PNGs every figure has (an SVG over 2 MB is left out of the site).
            .filter { $0.hasSuffix(".png") }.compactMap(FigureOutput.figureName(ofFile:)))
        let page = frontPage ? "index.html" : chapter.pageName
        let shown = chapter.cells.filter { $0.options.eval && $0.index < result.cells.count }
            .flatMap { cell in result.cells[cell.index].figures.map { (cell, $0) } }
        let newNames = Set(shown.map(\.1.name))
        // Each figure on its own (decoding PNGs is most of it), on every core.
        var found = shown.enumerated().map { ($0, $1.0, $1.1) }.concurrentMap { index, cell, figure -> FigureChanges.Figure? in
            let number = frontPage ? "\(index + 1)" : "\(chapter.number).\(index + 1)"
            var entry = FigureChanges.Figure(kind: .added, chapterPath: chapter.path,
                                             chapterSlug: chapter.slug, page: page, name: figure.name,
                                             number: number, cell: cell.fence, reasons: reasons)
            if oldNames.contains(figure.name) {
                guard compare(figure, in: AbsolutePath(result.figureDirectory), with: oldFolder,
                              slug: chapter.slug, into: &entry) else { return nil }
                entry.kind = .changed
            }
            return entry
        }.compactMap { $0 }
        for name in oldNames.subtracting(newNames).sorted() {
            found.append(FigureChanges.Figure(kind: .removed, chapterPath: chapter.path,
                                              chapterSlug: chapter.slug, page: page, name: name,
                                              number: "–", cell: nil, reasons: reasons,
                                              before: keep(oldFolder.appending("\(name).png"),
                                                           as: "\(chapter.slug)/\(name)-before.png")))
        }
        return found
    }

    /// Whether the figure's pixels changed; fills in how much and where, and keeps the before
    /// image and the difference view.
    private func compare(_ figure: FigureOutput, in newFolder: AbsolutePath, with oldFolder: AbsolutePath,
                         slug: String, into entry: inout FigureChanges.Figure) -> Bool {
        // Both scales of the first shown image, then every other image that stands for the
        // figure (its dark drawing, an explorable figure's other frames). Each file keeps its
        // name from build to build, so the old file has the new one's name.
        var seen = Set<String>()
        let images = ([figure.png, figure.png2x] + figure.allReferenceImages).filter { seen.insert($0).inserted }
        var first: PixelComparison?
        for file in images {
            let newPath = newFolder.appending(file), oldPath = oldFolder.appending(file)
            // A variant the last build did not draw (a dark drawing, a new frame) is new, not
            // changed; the figure's own first image is always there in both.
            if Self.sameBytes(newPath, oldPath) || !FileManager.default.fileExists(atPath: oldPath.string) { continue }
            // A figure drawn at another size is all changed: its headers say so, no decoding needed.
            if let old = DecodedImage.size(oldPath.string), let new = DecodedImage.size(newPath.string),
               (old.width, old.height) != (new.width, new.height) {
                first = PixelComparison(resizedFrom: old, to: new)
                break
            }
            guard let before = DecodedImage.read(oldPath.string),
                  let after = DecodedImage.read(newPath.string) else {
                entry.changedPercent = 100
                entry.region = "one of the two PNGs could not be decoded"
                entry.before = keep(oldFolder.appending("\(figure.name).png"), as: "\(slug)/\(figure.name)-before.png")
                return true
            }
            let comparison = PixelComparison(before, after)
            guard comparison.changedFraction > 0 || comparison.sizes != nil else { continue }
            first = comparison
            if file == figure.png, comparison.sizes == nil {
                entry.diff = write(PixelComparison.highlight(before, after), width: after.width,
                                   height: after.height, as: "\(slug)/\(figure.name)-diff.png")
            }
            // The first changed image says how much and where; the other variants and frames
            // would only cost time (an explorable figure has up to 240 frames, twice over).
            break
        }
        guard let comparison = first else { return false }
        entry.changedPercent = comparison.changedFraction * 100
        if let sizes = comparison.sizes {
            entry.region = "size \(sizes.before) → \(sizes.after)"
        } else if let region = comparison.region {
            entry.region = "around x \(region.x.lowerBound)–\(region.x.upperBound), "
                + "y \(region.y.lowerBound)–\(region.y.upperBound) px"
        }
        entry.before = keep(oldFolder.appending("\(figure.name).png"), as: "\(slug)/\(figure.name)-before.png")
        return true
    }

    private func values(of chapter: Chapter, _ result: ChapterResult,
                        previous: ChapterResult?) -> [FigureChanges.Value] {
        guard let previous, previous.inlineValues.count == result.inlineValues.count else { return [] }
        return chapter.inlineExpressions.compactMap { expression in
            let index = expression.index
            guard index < result.inlineValues.count,
                  result.inlineValues[index] != previous.inlineValues[index] else { return nil }
            return FigureChanges.Value(location: expression.location, code: expression.code,
                                       before: previous.inlineValues[index], after: result.inlineValues[index])
        }
    }

    private func keep(_ file: AbsolutePath, as name: String) -> String? {
        let target = store.appending(name)
        try? FileManager.default.createDirectory(atPath: target.parent.string, withIntermediateDirectories: true)
        do {
            try FileManager.default.copyItem(atPath: file.string, toPath: target.string)
            return name
        } catch {
            return nil
        }
    }

    private func write(_ pixels: [UInt32], width: Int, height: Int, as name: String) -> String? {
        let target = store.appending(name)
        try? FileManager.default.createDirectory(atPath: target.parent.string, withIntermediateDirectories: true)
        return DecodedImage.write(width: width, height: height, pixels: pixels, to: target.string) ? name : nil
    }

    /// Whether both files hold the same bytes: the same file (a figure the run reused is a
    /// link to the one the last site has) or an equal copy.
    private static func sameBytes(_ a: AbsolutePath, _ b: AbsolutePath) -> Bool {
        guard let one = FileIdentity(of: a.string, followingLinks: true),
              let other = FileIdentity(of: b.string, followingLinks: true) else { return false }
        if (one.device, one.inode) == (other.device, other.inode) { return true }
        guard one.size == other.size, let first = FileManager.default.contents(atPath: a.string),
              let second = FileManager.default.contents(atPath: b.string) else { return false }
        return first == second
    }
}
