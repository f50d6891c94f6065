/// One axis of an `Axes`: label, scale, limits and ticks.
public struct Axis: Hashable, Sendable {
    /// How an axis spaces values: evenly (`linear`) or by powers of ten (`log`, positive values only).
    ///
    /// ```swift
    /// let lossAxis = Axis(label: "loss", scale: .log)
    /// ```
    public enum ScaleKind: String, Sendable {
        /// Equal steps in data are equal distances on the axis.
        case linear
        /// Equal ratios are equal distances (base 10); data must be positive.
        case log
    }

    /// Tick placement: automatic nice numbers, explicit ticks, or none.
    public enum Ticks: Hashable, Sendable {
        /// Round numbers chosen to fit the length of the axis.
        case automatic
        /// Exactly these ticks, with their labels.
        case fixed([Tick])
        /// No ticks and no tick labels.
        case hidden
    }

    /// Include units, as in "temperature (°C)".
    public var label: String?
    /// Linear or logarithmic spacing of values along the axis.
    public var scale: ScaleKind
    /// Fixed limits; nil fits the data with a small margin.
    public var limits: ClosedRange<Double>?
    /// Where ticks and their labels go.
    public var ticks: Ticks
    /// Draws the axis from high to low (image rows, matrix rows).
    public var inverted: Bool

    /// An axis; the defaults give an unlabelled linear axis fitted to the data with automatic ticks.
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
public struct Tick: Hashable, Sendable {
    /// Where the tick sits, in data coordinates.
    public var value: Double
    /// The text written at the tick.
    public var label: String

    /// A tick at `value` labelled `label`.
    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}
