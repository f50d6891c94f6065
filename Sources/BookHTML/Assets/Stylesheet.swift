/// `assets/glia.css`, assembled from its parts (each kept in its own file).
enum Stylesheet {
    static let css = [
        StylesheetTheme.css, StylesheetLayout.css, StylesheetNavigation.css,
        StylesheetContent.css, StylesheetCode.css, StylesheetPrint.css,
    ].joined(separator: "\n")
}
