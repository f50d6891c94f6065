/// The site's own stylesheet and scripts. They are Swift string constants so that they ship
/// inside the `glia` binary and need no resource lookup at run time.
enum Assets {
    static var files: [SiteFile] {
        [
            SiteFile(path: "assets/glia.css", text: Stylesheet.css),
            SiteFile(path: "assets/glia.js", text: AppScript.source),
            SiteFile(path: "assets/search.js", text: SearchScript.source),
        ]
    }
}
