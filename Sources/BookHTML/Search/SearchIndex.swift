/// `search-index.js`: the sections of every page, assigned to a global by a plain script
/// (fetch() and modules fail on file://, a `<script src>` does not).
enum SearchIndex {
    static func script(_ entries: [SearchEntry]) -> String {
        var out = "window.gliaSearchIndex = [\n"
        for (position, entry) in entries.enumerated() {
            out += "{\"u\":" + JSON.string(entry.url) + ",\"t\":" + JSON.string(entry.title)
            out += ",\"p\":" + JSON.string(entry.page) + ",\"x\":" + JSON.string(entry.text) + "}"
            out += position + 1 < entries.count ? ",\n" : "\n"
        }
        return out + "];\n"
    }
}
