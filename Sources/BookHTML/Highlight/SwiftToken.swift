/// A piece of Swift source with the colour class it gets on the page.
struct SwiftToken: Equatable, Sendable, CustomStringConvertible {
    enum Kind: String, Sendable {
        case plain
        case keyword = "kw"
        /// A capitalised identifier: a type, by Swift naming convention.
        case type
        case string = "str"
        /// `\n`, `\u{…}` inside a string.
        case escape = "esc"
        /// The `\(` and `)` around an interpolated expression.
        case interpolation = "interp"
        case number = "num"
        case comment = "com"
        /// `@MainActor`, `@discardableResult`
        case attribute = "attr"
        /// A called or declared function's name.
        case function = "fn"
    }

    var kind: Kind
    var text: String

    var description: String { "\(kind.rawValue)(\(text))" }
}
