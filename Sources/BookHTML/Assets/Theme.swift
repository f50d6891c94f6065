import BookCore
import Foundation

/// A book's own theme, from its `theme/` folder, as mdBook does it: `custom.css` is linked on
/// every page after glia's stylesheet; a file named like one of glia's (`glia.css`, `glia.js`,
/// `search.js`) replaces it; `page.html` replaces the page frame (`PageTemplate`); any other
/// file (a font, an image the stylesheet uses) is copied beside them into `assets/`.
struct Theme {
    static let folder = "theme"
    static let customStylesheet = "custom.css"

    /// The site's `assets/` theme files.
    let files: [SiteFile]
    /// Whether pages link `assets/custom.css`.
    let hasCustomStylesheet: Bool
    /// The page frame: glia's, or the book's `theme/page.html` when that one is usable.
    let template: PageTemplate
    /// Problems with the book's `theme/page.html`.
    let problems: [Diagnostic]

    init(bookRoot: String) {
        let folder = AbsolutePath(bookRoot).appending(Self.folder)
        let names = FileSystem.contents(ofDirectory: folder.string)
            .filter { !$0.hasPrefix(".") && FileSystem.isFile(folder.appending($0).string) }
            .filter { $0 != PageTemplate.file }
        let templatePath = folder.appending(PageTemplate.file)
        if let data = FileManager.default.contents(atPath: templatePath.string) {
            let (loaded, problems) = PageTemplate.load(String(decoding: data, as: UTF8.self),
                                                       displayPath: Self.folder + "/" + PageTemplate.file)
            template = loaded ?? .builtIn
            self.problems = problems
        } else {
            template = .builtIn
            problems = []
        }
        var files = Assets.builtIn.filter { !names.contains($0.name) }
            .map { SiteFile(path: "assets/" + $0.name, contents: .bytes($0.bytes)) }
        files += names.map { SiteFile(path: "assets/" + $0, contents: .copy(from: folder.appending($0).string)) }
        self.files = files
        hasCustomStylesheet = names.contains(Self.customStylesheet)
    }
}
