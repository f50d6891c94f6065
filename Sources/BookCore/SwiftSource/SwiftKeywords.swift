/// Words coloured as keywords. Contextual words that are often ordinary names (`get`, `set`,
/// `optional`) are left out: a wrong colour is worse than none.
public enum SwiftKeywords {
    public static let all: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case",
        "catch", "class", "consuming", "continue", "convenience", "default", "defer", "deinit",
        "didSet", "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate",
        "final", "for", "func", "guard", "if", "import", "in", "indirect", "init", "inout",
        "internal", "is", "lazy", "let", "macro", "mutating", "nil", "nonisolated",
        "nonmutating", "open", "operator", "override", "package", "precedencegroup", "private",
        "protocol", "public", "repeat", "required", "rethrows", "return", "self", "Self",
        "some", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true",
        "try", "typealias", "unowned", "var", "weak", "where", "while", "willSet",
    ]
}
