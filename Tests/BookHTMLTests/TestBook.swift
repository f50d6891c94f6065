import Foundation
import XCTest
import BookCore
@testable import BookHTML

/// Hand-built chapters and results for the tests (the parser is tested on its own).
enum TestBook {
    static func at(_ line: Int, _ column: Int = 1, file: String = "chapters/01-intro.md")
        -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func paragraph(_ inlines: Inline..., line: Int = 3) -> Block {
        Block(.paragraph(inlines), at: at(line))
    }

    static func chapter(_ slug: String, number: Int, title: String? = nil,
                        blocks: [Block] = [], cells: [Cell] = [],
                        inline: [InlineExpression] = []) -> Chapter {
        Chapter(path: "chapters/\(slug).md", slug: slug, number: number,
                title: title ?? "Chapter \(slug)", blocks: blocks, cells: cells,
                inlineExpressions: inline)
    }

    static func cell(_ index: Int, code: String, fenceLine: Int, file: String,
                     configure: (inout CellOptions) -> Void = { _ in }) -> Cell {
        var options = CellOptions()
        configure(&options)
        return Cell(index: index, options: options, code: code, source: code,
                    fence: SourceLocation(file: file, line: fenceLine, column: 1),
                    firstLine: fenceLine + 1)
    }

    static func figure(_ name: String, alt: String? = "A line rising from left to right",
                       caption: String? = "Loss falls") -> FigureOutput {
        FigureOutput(name: name, caption: caption, alt: alt, width: 640, height: 400,
                     svg: name + ".svg", png: name + ".png", png2x: name + "@2x.png")
    }

    /// A temporary folder holding the files of `figures` (their contents do not matter here).
    static func figureDirectory(_ figures: [FigureOutput]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-html-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory,
                                                withIntermediateDirectories: true)
        for figure in figures {
            for file in figure.files {
                try Data(file.utf8).write(to: URL(fileURLWithPath: directory + "/" + file))
            }
        }
        return directory
    }

    static func render(_ chapters: [Chapter], results: [String: ChapterResult] = [:],
                       index: Chapter? = nil, katex: String? = nil, memo: RenderMemo? = nil)
        -> (files: [SiteFile], diagnostics: [Diagnostic]) {
        var options = SiteOptions()
        options.katexDirectory = katex
        options.memo = memo
        let book = Book(title: "Neurons", description: "How neurons work", root: "/book",
                        index: index, chapters: chapters)
        let diagnostics = DiagnosticEngine()
        let site = SiteRenderer(book: book, results: results, options: options)
            .render(reportingTo: diagnostics)
        return (site.files, diagnostics.diagnostics)
    }

    static func text(_ files: [SiteFile], _ path: String,
                     file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let found = files.first(where: { $0.path == path }),
              case .bytes(let bytes) = found.contents else {
            XCTFail("no file \(path) in \(files.map(\.path))", file: file, line: line)
            return ""
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The body HTML of one chapter, rendered alone.
    static func body(_ blocks: [Block], cells: [Cell] = [], inline: [InlineExpression] = [],
                     result: ChapterResult? = nil) -> (html: String, renderer: PageRenderer) {
        let chapter = TestBook.chapter("01-intro", number: 1, blocks: blocks, cells: cells,
                                       inline: inline)
        let catalog = FigureCatalog(pages: [chapter], isFrontPage: { _ in false },
                                    results: result.map { ["01-intro": $0] } ?? [:])
        var renderer = PageRenderer(chapter: chapter, page: chapter.pageName, result: result,
                                    catalog: catalog, bookRoot: "/book", slugs: ["01-intro"])
        let html = renderer.renderBody()
        return (html, renderer)
    }
}
