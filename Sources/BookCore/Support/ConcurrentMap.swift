import Foundation

extension Array {
    /// `map` on every core: `transform` runs for several elements at once, and the results
    /// come back in the elements' order. For work on independent values (one page each), where
    /// a build on two cores would otherwise leave one idle. `transform` may read shared values
    /// but must not change any. On a thread running `BackgroundWork.inBackground`, it is `map`.
    public func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1, !BackgroundWork.isCurrent else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                let shared = Unchecked(value: (elements: self, transform: transform, results: buffer.baseAddress!))
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    let (elements, transform, results) = shared.value
                    (results + index).initialize(to: transform(elements[index]))
                }
                initialized = count
            }
        }
    }
}

/// Hands `concurrentMap`'s input, closure and output to Dispatch's workers, which the compiler
/// cannot check: each worker reads the input and writes only its own slot of the output, and
/// all of them finish before `concurrentPerform` returns.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}
