/// A piece of Swift source with the colour class it gets on the page.
public struct SwiftToken: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
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

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    public var description: String { "\(kind.rawValue)(\(text))" }
}
