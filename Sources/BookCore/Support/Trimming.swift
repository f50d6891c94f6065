extension StringProtocol {
    /// The text without the spaces and tabs at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (Unicode space separators, the tab and the
    /// zero-width space), without building that character set again on every call, which was
    /// most of the time spent reading a cell's option lines.
    public var trimmingSpaces: String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmedSpace }),
              let last = scalars.lastIndex(where: { !$0.isTrimmedSpace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Whether `trimmingSpaces` removes it.
    var isTrimmedSpace: Bool {
        self == " " || self == "\t" || self == "\u{200B}"
            || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
    }
}

extension String {
    /// The text without its final newline, if it ends in one. Dropped as one byte: a String's
    /// `dropLast()` walked every character (3 ms for the print page's body).
    public var droppingFinalNewline: String {
        hasSuffix("\n") ? String(Substring(utf8.dropLast())) : self
    }
}
