import Foundation

/// Maps data values on one axis to pixel positions, linearly or logarithmically.
public struct Scale: Hashable, Sendable {
    /// Linear or logarithmic mapping.
    public var kind: Axis.ScaleKind
    /// The data values covered, low to high.
    public var domain: ClosedRange<Double>
    /// Pixel positions of the domain's lower and upper ends (upper may be smaller: y axes).
    public var start: Double
    /// Pixel position of the domain's upper end.
    public var end: Double

    /// A scale that maps `domain` onto pixels from `start` to `end`.
    public init(kind: Axis.ScaleKind = .linear, domain: ClosedRange<Double>, start: Double,
                end: Double) {
        self.kind = kind
        self.domain = domain
        self.start = start
        self.end = end
    }

    private func transform(_ value: Double) -> Double {
        kind == .log ? log10(max(value, .leastNormalMagnitude)) : value
    }

    /// The pixel position of a data value.
    public func pixel(_ value: Double) -> Double {
        let low = transform(domain.lowerBound)
        let high = transform(domain.upperBound)
        return start + (transform(value) - low) / (high - low) * (end - start)
    }

    /// Pixels per data unit (linear scales).
    public var pixelsPerUnit: Double {
        abs(end - start) / (domain.upperBound - domain.lowerBound)
    }
}
