import Foundation
import XCTest
@testable import BookHTML

/// KaTeX's fonts cut to the characters a book's formulas show (`FontSubset`).
final class FontSubsetTests: XCTestCase {
    private let font = "/usr/share/javascript/katex/fonts/KaTeX_Main-Regular"

    func testTheCharactersAreTheFormulasTextWithReferencesDecoded() {
        let html = ["<span class=\"mord\">x</span><span class=\"mrel\">&lt;</span><span>2&#x27;&amp;&#960;</span>"]
        XCTAssertEqual(FontSubset.characters(inHTML: html),
                       [" ", "\u{A0}", "x", "<", "2", "'", "&", "π"], "no tag names or attribute text")
    }

    /// Debian's KaTeX (libjs-katex, installed by `make`) ships TrueType beside WOFF2.
    func testAFontCutToAFewCharactersIsASmallWOFF2ThatTheSameInputAlwaysGives() throws {
        guard let ttf = FileManager.default.contents(atPath: font + ".ttf"),
              let whole = FileManager.default.contents(atPath: font + ".woff2") else {
            throw XCTSkip("needs libjs-katex")
        }
        let characters: Set<Unicode.Scalar> = ["x", "=", "+", "0", "1", "2"]
        let cut = try XCTUnwrap(FontSubset.woff2(ttf: Array(ttf), characters: characters))
        XCTAssertEqual(Array(cut.prefix(4)), Array("wOF2".utf8))
        XCTAssertLessThan(cut.count, whole.count / 5, "\(cut.count) bytes against \(whole.count)")
        XCTAssertEqual(FontSubset.woff2(ttf: Array(ttf), characters: characters), cut, "deterministic")
        let more = try XCTUnwrap(FontSubset.woff2(ttf: Array(ttf), characters: characters.union("abcdefghijklmnop".unicodeScalars)))
        XCTAssertGreaterThan(more.count, cut.count, "more characters, more glyphs")
    }

    /// Debian's woff2 encoder logs every encode to standard error; glia's output stays clean.
    func testCuttingAFontWritesNothingToStandardError() throws {
        guard let ttf = FileManager.default.contents(atPath: font + ".ttf") else { throw XCTSkip("needs libjs-katex") }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glia-stderr-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let saved = dup(STDERR_FILENO)
        fflush(nil)
        dup2(file, STDERR_FILENO)
        let cut = FontSubset.woff2(ttf: Array(ttf), characters: ["q", "7"])
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        close(file)
        XCTAssertNotNil(cut)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "")
    }

    func testWhatIsNotAFontIsNotCut() {
        XCTAssertNil(FontSubset.woff2(ttf: Array("not a font".utf8), characters: ["x"]))
        XCTAssertNil(FontSubset.woff2(ttf: [], characters: ["x"]))
    }

    func testACutFontIsKeptInTheCacheAndReused() throws {
        guard FileManager.default.fileExists(atPath: font + ".ttf") else { throw XCTSkip("needs libjs-katex") }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("glia-fonts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let first = try XCTUnwrap(FontSubset.cached(ttf: font + ".ttf", characters: ["x"], in: cache))
        guard case .copy(let file) = first else { return XCTFail("expected a cached file, got \(first)") }
        XCTAssertTrue(file.hasPrefix(cache + "/"))
        XCTAssertEqual(FontSubset.cached(ttf: font + ".ttf", characters: ["x"], in: cache), first)
        XCTAssertNotEqual(FontSubset.cached(ttf: font + ".ttf", characters: ["x", "y"], in: cache), first,
                          "other characters, another cut")
        XCTAssertNil(FontSubset.cached(ttf: "/nonexistent/font.ttf", characters: ["x"], in: cache))
    }
}

/// glia's stylesheet is written to be read; pages get it without comments and layout space.
final class CSSMinifierTests: XCTestCase {
    func testCommentsAndLayoutSpaceGoButMeaningStays() {
        let css = """
        /* The page. */
        body {
          margin: 0;   /* none */
          font-family: "Open  Sans", sans-serif;
        }
        a :hover > b,
        .note::before { content: '  /* not a comment */  '; }
        @media (max-width: 40rem) and (prefers-color-scheme: dark) { p { color: red } }
        """
        XCTAssertEqual(CSSMinifier.minify(css),
                       "body{margin: 0;font-family: \"Open  Sans\", sans-serif;}a :hover > b, .note::before{content: '  /* not a comment */  ';}"
                       + "@media (max-width: 40rem) and (prefers-color-scheme: dark){p{color: red}}")
    }

    func testGliasOwnStylesheetShrinksAndKeepsEveryRule() {
        let source = String(decoding: PackageResources.glia_css, as: UTF8.self)
        let minified = CSSMinifier.minify(source)
        XCTAssertLessThan(minified.utf8.count, source.utf8.count * 85 / 100)
        XCTAssertEqual(minified.filter { $0 == "{" }.count, source.filter { $0 == "{" }.count
                       - (source.components(separatedBy: "/*").dropFirst().map { $0.components(separatedBy: "*/")[0] }
                          .joined().filter { $0 == "{" }.count))
    }
}

/// glia's scripts lose comment lines and indentation, never a line break.
final class ScriptMinifierTests: XCTestCase {
    func testCommentLinesAndIndentationGoLinesStay() {
        let script = "(function () {\n  // why\n  var a = 1  // kept: code before it\n  var url = 'http://x';\n\n  return a\n})();\n"
        XCTAssertEqual(ScriptMinifier.minify(script),
                       "(function () {\nvar a = 1  // kept: code before it\nvar url = 'http://x';\nreturn a\n})();\n")
    }

    func testGliasScriptsHaveNoTemplateLiteralsASpanOfLinesCouldBreak() {
        for script in [PackageResources.glia_js, PackageResources.search_js] {
            let code = String(decoding: script, as: UTF8.self).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            XCTAssertFalse(code.contains { $0.contains("`") }, "a template literal may span lines")
        }
    }
}
