import XCTest
@testable import BookCore

final class SwiftTokenizerTests: XCTestCase {
    private func tokens(_ source: String) -> [String] {
        SwiftTokenizer.tokenize(source).map(\.description)
    }

    func testKeywordsTypesCallsNumbersAndAttributes() {
        XCTAssertEqual(tokens("@MainActor func fit(_ x: [Float]) -> Model { model.fit(1.5e-3) }"), [
            "attr(@MainActor)", "plain( )", "kw(func)", "plain( )", "fn(fit)",
            "plain((_ x: [)", "type(Float)", "plain(]) -> )", "type(Model)", "plain( { model.)",
            "fn(fit)", "plain(()", "num(1.5e-3)", "plain() })",
        ])
    }

    func testRangesAndMemberAccessOnNumbers() {
        XCTAssertEqual(tokens("0..<10 0x1F t.0"), [
            "num(0)", "plain(..<)", "num(10)", "plain( )", "num(0x1F)", "plain( t.)", "num(0)",
        ])
    }

    func testInterpolationWithNestedStringsAndParentheses() {
        XCTAssertEqual(tokens(#"print("loss \(f(x, "a)b")) ok\n")"#), [
            "fn(print)", "plain(()", #"str("loss )"#, #"interp(\()"#, "fn(f)",
            "plain((x, )", #"str("a)b")"#, "plain())", "interp())", "str( ok)", #"esc(\n)"#,
            #"str(")"#, "plain())",
        ])
    }

    func testNestedBlockCommentsAndLineComments() {
        XCTAssertEqual(tokens("/* a /* b */ still */ let x // done\nx"), [
            "com(/* a /* b */ still */)", "plain( )", "kw(let)", "plain( x )", "com(// done)",
            "plain(\nx)",
        ])
    }

    func testRawStringsIgnorePlainEscapesAndQuotes() {
        XCTAssertEqual(tokens(##"let r = #"a "quoted" \n \#(v)"#"##), [
            "kw(let)", "plain( r = )", ##"str(#"a "quoted" \n )"##, ##"interp(\#()"##,
            "plain(v)", "interp())", ##"str("#)"##,
        ])
    }

    func testMultiLineStringKeepsQuotesAndUnicodeEscapes() {
        let source = "let s = \"\"\"\n  say \"hi\" \\u{1F600}\n  \"\"\"\nlet t = 1"
        XCTAssertEqual(tokens(source), [
            "kw(let)", "plain( s = )", "str(\"\"\"\n  say \"hi\" )", "esc(\\u{1F600})",
            "str(\n  \"\"\")", "plain(\n)", "kw(let)", "plain( t = )", "num(1)",
        ])
    }

    func testUnterminatedStringStopsAtTheLineEnd() {
        XCTAssertEqual(tokens("\"open\nlet"), ["str(\"open)", "plain(\n)", "kw(let)"])
    }

    func testDirectivesAndUnicodeIdentifiers() {
        XCTAssertEqual(tokens("#if DEBUG\nlet σ = \"é\"\n#endif"), [
            "kw(#if)", "plain( )", "type(DEBUG)", "plain(\n)", "kw(let)", "plain( σ = )",
            "str(\"é\")", "plain(\n)", "kw(#endif)",
        ])
    }
}
