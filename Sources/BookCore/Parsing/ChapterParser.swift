import Foundation

/// Parses one chapter file: front matter, then Markdown with cells, math, inline values and
/// cross-references, keeping a source location on every block.
public struct ChapterParser {
    public init() {}

    /// Parses `source`; returns the chapter and every problem found (errors and warnings).
    /// - Parameters:
    ///   - path: the file's path relative to the book root, used in diagnostics.
    ///   - number: the chapter's 1-based position in the book.
    public func parse(_ source: String, path: String, number: Int) -> (Chapter?, [Diagnostic]) {
        let source = TextDecoding.normalizingLineEndings(source)
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter(splitting: source, file: path)
        } catch let diagnostic as Diagnostic {
            return (nil, [diagnostic])
        } catch {
            return (nil, [.error("cannot read front matter: \(error)",
                                 at: SourceLocation(file: path, line: 1))])
        }
        let extracted = MathExtractor(frontMatter.body)
        let tree = MarkdownTree(parsing: extracted.text)
        var converter = BlockConverter(file: path, source: frontMatter.body, math: extracted.spans)
        let blocks = converter.blocks(of: MarkdownNode(pointer: tree.root))
        var diagnostics = converter.diagnostics
        let slug = Chapter.slug(forPath: path)
        let title = frontMatter.values["title"].flatMap { $0.isEmpty ? nil : $0 }
            ?? firstHeading(blocks)
        if title == nil {
            diagnostics.append(.error(
                "chapter has no title: add front matter ('---', 'title: …', '---') or a '# Heading'",
                at: SourceLocation(file: path, line: 1)))
        }
        var chapter = Chapter(path: path, slug: slug, number: number, title: title ?? slug,
                              frontMatter: frontMatter.values, blocks: blocks,
                              cells: converter.cells,
                              inlineExpressions: converter.inlineExpressions)
        for span in extracted.spans {
            chapter.formulaPlaces[span.tex, default: []]
                .append(SourceLocation(file: path, line: span.line, column: span.column))
        }
        return (chapter, diagnostics)
    }

    private func firstHeading(_ blocks: [Block]) -> String? {
        for block in blocks {
            if case .heading(1, let content, _) = block.kind { return content.plainText }
        }
        return nil
    }
}

extension ChapterParser {
    /// Parses one line of Markdown (a figure caption, say) into inline content, with math.
    /// Cells and inline values are not allowed there and stay plain code; raw HTML is shown as
    /// text, since a caption may come from a running program.
    public static func inlineMarkdown(_ text: String, path: String) -> [Inline] {
        let extracted = MathExtractor(text)
        let tree = MarkdownTree(parsing: extracted.text)
        var converter = BlockConverter(file: path, source: text, math: extracted.spans)
        let blocks = converter.blocks(of: MarkdownNode(pointer: tree.root))
        guard case .paragraph(let content)? = blocks.first?.kind else { return [.text(text)] }
        return content.map { inline in
            switch inline {
            case .inlineValue(let index): return .code("{swift} " + converter.inlineExpressions[index].code)
            case .html(let raw): return .text(raw)
            default: return inline
            }
        }
    }
}
