/// The site's theme: its stylesheet and scripts are real files in `Sources/BookHTML/Theme`,
/// embedded into the glia binary when it is built (SwiftPM's `embedInCode`), so glia needs no
/// files at run time. A book's `theme/` folder may add `custom.css` or replace any of them
/// (see `Theme`).
enum Assets {
    /// Theme file names, as the site and a book's `theme/` folder name them, and their bytes
    /// (stylesheet and scripts minified once, when first asked for).
    static let builtIn: [(name: String, bytes: [UInt8])] = [
        ("glia.css", Array(CSSMinifier.minify(String(decoding: PackageResources.glia_css, as: UTF8.self)).utf8)),
        ("glia.js", Array(ScriptMinifier.minify(String(decoding: PackageResources.glia_js, as: UTF8.self)).utf8)),
        ("search.js", Array(ScriptMinifier.minify(String(decoding: PackageResources.search_js, as: UTF8.self)).utf8)),
    ]
}
