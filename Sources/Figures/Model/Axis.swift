/// One axis of an `Axes`: label, scale, limits and ticks.
public struct Axis: Equatable, Sendable {
    public enum ScaleKind: String, Sendable { case linear, log }

    /// Tick placement: automatic nice numbers, explicit ticks, or none.
    public enum Ticks: Equatable, Sendable {
        case automatic
        case fixed([Tick])
        case hidden
    }

    /// Include units, as in "temperature (°C)".
    public var label: String?
    public var scale: ScaleKind
    /// Fixed limits; nil fits the data with a small margin.
    public var limits: ClosedRange<Double>?
    public var ticks: Ticks
    /// Draws the axis from high to low (image rows, matrix rows).
    public var inverted: Bool

    public init(label: String? = nil, scale: ScaleKind = .linear,
                limits: ClosedRange<Double>? = nil, ticks: Ticks = .automatic,
                inverted: Bool = false) {
        self.label = label
        self.scale = scale
        self.limits = limits
        self.ticks = ticks
        self.inverted = inverted
    }
}

/// A tick mark with its label.
public struct Tick: Equatable, Sendable {
    public var value: Double
    public var label: String

    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}
