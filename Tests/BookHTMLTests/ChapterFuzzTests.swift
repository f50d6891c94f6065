import Foundation
import XCTest
@testable import BookCore
@testable import BookHTML

/// Seeded fuzzing of everything glia reads from an author before running anything: front
/// matter, the Markdown, cell fences and options, math, inline values, cross-references and
/// `book.yml`. Random chapters built from hostile fragments, and byte-level mutations of them,
/// must never crash or hang the parser or the renderer; every problem must come back as a
/// diagnostic at a place in the file.
///
/// `make test` runs a short, fixed sequence. For a long run:
/// `GLIA_FUZZ_ITERATIONS=200000 GLIA_FUZZ_SEED=7 swift test --filter ChapterFuzzTests`.
final class ChapterFuzzTests: XCTestCase {
    private let environment = ProcessInfo.processInfo.environment
    private var iterations: Int { Int(environment["GLIA_FUZZ_ITERATIONS"] ?? "") ?? 1500 }
    private var seed: UInt64 { UInt64(environment["GLIA_FUZZ_SEED"] ?? "") ?? 20261204 }

    private static let fragments = [
        "---\ntitle: T\n---\n", "---\ntitle: [a\n---\n", "---\r\ntitle: CR\r\n---\r\n", "---\n",
        "---\ntitle:\n---\n", "# Heading\n", "## Fig curve\n", "Setext\n===\n", "\n", "\r\n", "\r",
        "text $x^2$ and $$y$$ and $ 5 and \\$ and $a$b$\n", "$$\na\n\n$$\n", "`{swift} 1 + 1`",
        "`{swift}`", "`{swift} [1][9]`", "@fig-curve", "@fig-", "@@fig-x", "{swift}",
        "```swift\n", "```\n", "~~~swift\n", "````swift\n", "```python\n", "    indented $a$\n",
        "//| label: a\n", "//| label: a b\n", "//| echo: maybe\n", "//| timeout: -1\n",
        "//| fig-cap: A *caption* <b>x</b>\n", "//| unknown: 1\n", "//| error: true\n",
        "//|\n", "print(1)\n", "let x = \"\\u{1}glia:done\"\n", "show(x, name: \"n\")\n",
        "> quote ", "- item ", "1. item ", "- [ ] task\n", "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "<div>\n", "</div>\n", "<title>", "<script>alert(1)</script>", "<!-- c", "-->",
        "> [!NOTE]\n", "> [!WARNING]\n> careful\n", "[^a]", "[^a]: a note\n", "[^]", "[^a]:\n",
        "[link](foo\\bar)", "[l](<a b>)", "![i](./img.png)", "![i](../x.png)", "[r]: /x\n",
        "*", "**", "_", "[", "]", "(", ")", "\\", "\u{0}", "\u{1}", "\u{7F}", "é", "👩‍🔬", "\u{E000}0\u{E001}",
        String(repeating: "> ", count: 150), String(repeating: "*", count: 300),
    ]

    private func randomChapter(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            text += Self.fragments.randomElement(using: &generator)!
        }
        return text
    }

    /// Flips, drops or repeats a few bytes, keeping the result valid UTF-8.
    private func mutate(_ text: String, _ generator: inout SeededGenerator) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes.remove(at: index)
            case 1: bytes.insert(bytes[index], at: index)
            default: bytes[index] = UInt8.random(in: 0...127, using: &generator)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func check(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        let path = "chapters/01-fuzz.md"
        let lineCount = source.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
        let (chapter, diagnostics) = ChapterParser().parse(source, path: path, number: 1)
        for diagnostic in diagnostics {
            guard let location = diagnostic.location else {
                return XCTFail("unlocated: \(diagnostic)\n--- source:\n\(source)", file: file, line: line)
            }
            XCTAssertEqual(location.file, path, file: file, line: line)
            XCTAssertTrue((1...lineCount).contains(location.line) && location.column >= 1,
                          "\(diagnostic) outside the \(lineCount)-line source:\n\(source)", file: file, line: line)
        }
        XCTAssertTrue(chapter != nil || diagnostics.contains(where: \.isError),
                      "no chapter and no error:\n\(source)", file: file, line: line)
        guard let chapter else { return }
        let engine = DiagnosticEngine()
        let book = Book(title: "Fuzz", root: "/nonexistent", chapters: [chapter])
        let site = SiteRenderer(book: book, results: [:], options: SiteOptions()).render(reportingTo: engine)
        XCTAssertTrue(site.files.contains { $0.path == "01-fuzz.html" }, file: file, line: line)
    }

    func testRandomAndMutatedChaptersNeverCrashAndErrorsAreLocated() {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<iterations {
            let chapter = randomChapter(&generator)
            check(chapter)
            check(mutate(chapter, &generator))
        }
    }

    func testRandomBookConfigsGiveLocatedErrors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glia-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let pieces = ["title: A\n", "title: [x\n", "chapters:\n", "  - a.md\n", "  - \n", "chapters: 3\n",
                      "autor: x\n", "- a\n", ": :\n", "\t", "{", "}", "'", "\"", "&a *a\n", "!!binary x\n",
                      "description: |\n  long\n", "---\n", "...\n", "\u{0}", "é"]
        var generator = SeededGenerator(seed: seed &+ 1)
        let path = root.appendingPathComponent("book.yml").path
        for _ in 0..<max(200, iterations / 5) {
            let text = (0..<Int.random(in: 1...8, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let (_, diagnostics) = BookConfig.load(at: path, displayPath: "book.yml")
            for diagnostic in diagnostics {
                XCTAssertEqual(diagnostic.location?.file, "book.yml", "\(diagnostic)\n\(text)")
            }
        }
    }
}
