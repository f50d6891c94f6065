/// The names one Swift file declares and the names it mentions, read from its tokens.
///
/// This is what lets a chapter's cache key hold only the library files its code can reach:
/// a file is reached when something reached mentions a name it declares. It errs towards
/// reaching too much (a name declared in two files reaches both; a mention inside a comment
/// is skipped, but one inside a function body counts), never too little, so a result is
/// never kept after code it depends on changed. Only declarations a caller could name count:
/// those at the top level and those an extension adds to a type, not locals in functions.
public struct SwiftNames: Equatable, Codable, Sendable {
    /// Types, functions, properties and operators the file declares at its top level, and
    /// every type it adds conformances to (an added conformance changes what code using
    /// the type does, whatever members it names). A type's own members need no entry: the
    /// file is reached with the type.
    public var declared: Set<String>
    /// Members that plain `extension T { … }` blocks add, by `T`: reached when code mentions
    /// both the member and `T` (or the member alone, if the library does not declare `T`:
    /// standard types such as `Array` are often never named).
    public var members: [String: Set<String>]
    /// The protocols in `extension T: P` lists: when the library itself declares `P`, code
    /// using `P` generically may now reach `T`'s new conformance, so the file counts as
    /// declaring `P` too. Standard protocols (`Equatable`…) are left to `T`.
    public var conformances: Set<String>
    /// Every identifier, operator and attribute name the file's code uses (comments and
    /// string text left out; interpolated code kept).
    public var mentioned: Set<String>

    public init(declared: Set<String> = [], members: [String: Set<String>] = [:],
                conformances: Set<String> = [], mentioned: Set<String> = []) {
        self.declared = declared
        self.members = members
        self.conformances = conformances
        self.mentioned = mentioned
    }

    /// Reads `source`.
    public init(source: String) {
        var reader = Reader()
        for token in SwiftTokenizer.tokenize(source) {
            switch token.kind {
            case .comment, .string, .escape, .interpolation, .number:
                continue
            case .attribute:
                reader.mention(String(token.text.dropFirst()))  // `@FigureBuilder`
            case .keyword, .type, .function, .plain:
                for lexeme in Lexeme.split(token.text) { reader.read(lexeme) }
            }
        }
        self.init(declared: reader.declared, members: reader.members, conformances: reader.conformances,
                  mentioned: reader.mentioned)
    }
}

extension SwiftNames {
    /// Each set is stored as one string, its names sorted and joined by spaces (names hold
    /// none): the library index is decoded on every build, and decoding thousands of short
    /// strings one by one took most of its 9 ms.
    private enum CodingKeys: String, CodingKey {
        case declared, members, conformances, mentioned
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func names(_ joined: String) -> Set<String> {
            Set(joined.split(separator: " ").map(String.init))
        }
        self.init(declared: names(try container.decode(String.self, forKey: .declared)),
                  members: try container.decode([String: String].self, forKey: .members).mapValues(names),
                  conformances: names(try container.decode(String.self, forKey: .conformances)),
                  mentioned: names(try container.decode(String.self, forKey: .mentioned)))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func joined(_ names: Set<String>) -> String { names.sorted().joined(separator: " ") }
        try container.encode(joined(declared), forKey: .declared)
        try container.encode(members.mapValues(joined), forKey: .members)
        try container.encode(joined(conformances), forKey: .conformances)
        try container.encode(joined(mentioned), forKey: .mentioned)
    }

    /// Every identifier and operator in `source`, comments and string text included: a
    /// superset of what `init(source:)` finds as mentions, so reach computed from it is never
    /// smaller. One pass over the bytes, for text read on every build (a chapter's program).
    public static func mentions(roughlyIn source: String) -> Set<String> {
        var found: Set<String> = []
        let bytes = Array(source.utf8)
        var index = 0
        while index < bytes.count {
            let c = bytes[index]
            var end = index + 1
            if isNameByte(c) {
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                if !(c >= 0x30 && c <= 0x39) {  // numbers are not names
                    let word = String(decoding: bytes[index..<end], as: UTF8.self)
                    if !SwiftKeywords.all.contains(word) { found.insert(word) }
                }
            } else if isOperatorByte(c) {
                while end < bytes.count, isOperatorByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                found.insert(String(decoding: bytes[index..<end], as: UTF8.self))
            }
            index = end
        }
        return found
    }
}

/// A byte that can be part of a name: ASCII letters, digits, `_`, and any non-ASCII byte
/// (the tokenizer keeps multi-byte characters whole the same way).
private func isNameByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80
}

/// A byte that starts or continues an operator (`.` only continues one).
private func isOperatorByte(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
         UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
         UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"):
        return true
    default:
        return false
    }
}

/// A word of code: a name (identifier or operator), a bracket, or other punctuation.
private enum Lexeme: Equatable {
    case name(String)
    case punctuation(Character)
    case newline

    /// Splits a run of code (as the tokenizer hands it over) into lexemes. Works on UTF-8
    /// bytes, as the tokenizer does: any non-ASCII byte belongs to a name.
    static func split(_ text: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        let bytes = Array(text.utf8)
        func word(_ start: Int, _ end: Int) -> Lexeme {
            .name(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        var index = 0
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\n") {
                lexemes.append(.newline)
                index += 1
            } else if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") {
                index += 1
            } else if c == UInt8(ascii: "`") {
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "`") { end += 1 }
                lexemes.append(word(index + 1, end))
                index = min(end + 1, bytes.count)
            } else if isNameByte(c) {
                var end = index
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                lexemes.append(word(index, end))
                index = end
            } else if isOperatorByte(c) {
                var end = index
                while end < bytes.count, isOperatorByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
                lexemes.append(word(index, end))
                index = end
            } else {
                lexemes.append(.punctuation(Character(Unicode.Scalar(c))))
                index += 1
            }
        }
        return lexemes
    }
}

/// Follows declarations through the lexemes of one file.
private struct Reader {
    var declared: Set<String> = []
    var members: [String: Set<String>] = [:]
    var conformances: Set<String> = []
    var mentioned: Set<String> = []

    /// What an open `{` began.
    private enum Brace {
        /// A function, closure, accessor or statement body: nothing in it is visible outside.
        case code
        /// A type's body, or an extension that adds conformances: reached with the type.
        case typeBody
        /// An extension of `type` without conformances: its members are keyed by `type`.
        case extensionBody(type: String)
    }

    private var braces: [Brace] = []
    /// After `struct`, `extension`…, until the `{` that opens the body.
    private var header: Header?
    /// A declaration keyword was read; the next name is what it declares.
    private var expectingDeclaredName = false
    /// The word before, to tell `class Foo` from `class func`.
    private var previous: String?

    private enum Header {
        case type
        /// `extension T: P, Q where …`: the extended type (last component of a dotted name),
        /// then whether a `:` began a conformance list, then whether `where` ended it.
        case extension_(type: String?, conforms: Bool, ended: Bool)
    }

    private static let typeKeywords: Set<String> = ["struct", "enum", "protocol", "actor", "class"]
    private static let declarationKeywords: Set<String> = [
        "func", "var", "let", "typealias", "associatedtype", "operator", "macro", "precedencegroup",
    ]

    mutating func mention(_ name: String) {
        if !name.isEmpty { mentioned.insert(name) }
    }

    mutating func read(_ lexeme: Lexeme) {
        switch lexeme {
        case .newline:
            break
        case .punctuation(let c):
            punctuation(c)
        case .name(let word):
            name(word)
            previous = word
        }
    }

    private mutating func punctuation(_ c: Character) {
        switch c {
        case "{":
            switch header {
            case .type?:
                braces.append(.typeBody)
            case .extension_(let type?, false, _)?:
                braces.append(.extensionBody(type: type))
            case .extension_?:
                braces.append(.typeBody)
            case nil:
                braces.append(.code)
            }
            header = nil
            expectingDeclaredName = false
        case "}":
            _ = braces.popLast()
            expectingDeclaredName = false
        case ":":
            if case .extension_(let type, false, false)? = header {
                header = .extension_(type: type, conforms: true, ended: false)
                if let type { declared.insert(type) }
            }
        default:
            break
        }
    }

    /// Records a declared name where a caller can reach it: top-level names as they are,
    /// members of an extension under its type; members of a type's own body need no key,
    /// since the file is reached with the type.
    private mutating func declare(_ name: String) {
        guard let outermost = braces.first else {
            declared.insert(name)
            return
        }
        guard !braces.contains(where: { if case .code = $0 { return true } else { return false } })
        else { return }
        if case .extensionBody(let type) = outermost {
            // A member the standard library calls on its own (`print` calls `description`,
            // `for … in` calls `makeIterator`) is never named by the code that relies on it.
            members[type, default: []].insert(Self.calledImplicitly.contains(name) ? type : name)
        }
    }

    /// Members Swift or its standard library call without code naming them.
    private static let calledImplicitly: Set<String> = [
        "callAsFunction", "description", "debugDescription", "customMirror", "hash", "hashValue",
        "encode", "makeIterator", "next", "underestimatedCount", "startIndex", "endIndex",
        "index", "formIndex", "distance", "count", "isEmpty", "dynamicMember",
        "==", "!=", "<", "<=", ">", ">=", "~=",
    ]

    private mutating func name(_ word: String) {
        let isKeyword = SwiftKeywords.all.contains(word)
        if !isKeyword { mention(word) }
        if expectingDeclaredName && !isKeyword {
            expectingDeclaredName = false
            declare(word)
        }
        if case .extension_(let type, let conforms, let ended)? = header, !ended {
            if word == "where" {
                header = .extension_(type: type, conforms: conforms, ended: true)
            } else if conforms {
                if word.first.map({ $0 == "_" || $0.isLetter }) == true { conformances.insert(word) }
            } else if word.first.map({ $0 == "_" || $0.isLetter }) == true {
                header = .extension_(type: word, conforms: false, ended: false)
            }
            return
        }
        if word == "init" || word == "subscript", case .extensionBody(let type)? = braces.first {
            // Called as `T(…)` and `value[…]`: keyed by the type's name alone.
            declare(type)
        } else if word == "extension" {
            header = .extension_(type: nil, conforms: false, ended: false)
        } else if Self.typeKeywords.contains(word) {
            // `class func`, `class var`: a modifier, not a class; the next word decides.
            header = .type
            expectingDeclaredName = true
        } else if Self.declarationKeywords.contains(word) {
            if previous == "class" { header = nil }
            expectingDeclaredName = true
        }
    }
}
