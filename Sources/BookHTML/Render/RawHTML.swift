/// Raw HTML written in a chapter, made safe for the page the way GitHub's `tagfilter` does:
/// the few tags that would swallow or take over the rest of the page (`<title>`, `<textarea>`,
/// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<script>`, `<plaintext>`) have
/// their `<` escaped, so they show as text. Everything else passes unchanged.
enum RawHTML {
    static let filteredTags = ["title", "textarea", "style", "xmp", "iframe", "noembed",
                               "noframes", "script", "plaintext"]

    static func filtered(_ html: String) -> String {
        guard html.contains("<") else { return html }
        let characters = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < characters.count {
            if characters[index] == "<", opensFilteredTag(characters, at: index) {
                out.append(contentsOf: "&lt;".unicodeScalars)
            } else {
                out.append(characters[index])
            }
            index += 1
        }
        return String(out)
    }

    /// `<tag` or `</tag` followed by whitespace, `>` or `/>`, case-insensitively.
    private static func opensFilteredTag(_ characters: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start + 1
        if index < characters.count && characters[index] == "/" { index += 1 }
        for tag in filteredTags {
            let end = index + tag.unicodeScalars.count
            guard end <= characters.count else { continue }
            let name = String(String.UnicodeScalarView(characters[index..<end])).lowercased()
            guard name == tag else { continue }
            if end == characters.count { return true }
            let next = characters[end]
            if next == ">" || next == "/" || next == " " || next == "\t" || next == "\n" { return true }
        }
        return false
    }
}
