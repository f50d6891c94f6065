import Foundation

/// A script without its comment lines and indentation: glia's scripts are written to be read,
/// and every page loads glia.js before its first view. Only what cannot change meaning goes:
/// a line's leading and trailing whitespace, and lines that are nothing but a `//` comment.
/// Line breaks stay, so automatic semicolon insertion sees the same lines. (Not for scripts
/// with multi-line template literals, which glia's do not have; a test checks that.)
enum ScriptMinifier {
    static func minify(_ script: String) -> String {
        script.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("//") }
            .joined(separator: "\n") + "\n"
    }
}
