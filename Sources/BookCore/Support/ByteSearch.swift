#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the text holds `needle`, compared as UTF-8 bytes (`memchr`, `memcmp`). For the ASCII
    /// needles the checks look for (`show(`, `publish(`) this is `contains`'s answer, at a
    /// small part of the cost: Foundation's `contains` and the standard library's generic
    /// `firstRange(of:)` each cost more than the rest of the check they guard.
    public func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { wanted in
                guard !wanted.isEmpty else { return true }
                guard text.count >= wanted.count, let start = text.baseAddress,
                      let pattern = wanted.baseAddress else { return false }
                let last = start + (text.count - wanted.count)  // the last place a match can start
                var from = start
                while from <= last, let found = memchr(from, Int32(pattern.pointee), last - from + 1) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, pattern, wanted.count) == 0 { return true }
                    from = candidate + 1
                }
                return false
            }
        }
    }
}
