/// The site's theme: its stylesheet and scripts are real files in `Sources/BookHTML/Theme`,
/// embedded into the glia binary when it is built (SwiftPM's `embedInCode`), so glia needs no
/// files at run time. A book's `theme/` folder may add `custom.css` or replace any of them
/// (see `Theme`).
enum Assets {
    /// Theme file names, as the site and a book's `theme/` folder name them.
    static let builtIn: [(name: String, bytes: [UInt8])] = [
        ("glia.css", PackageResources.glia_css),
        ("glia.js", PackageResources.glia_js),
        ("search.js", PackageResources.search_js),
    ]
}
