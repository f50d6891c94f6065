/// Fixed distances of the layout in CSS pixels, in one place so figures stay consistent.
enum Spacing {
    static let figurePadding = 10.0
    static let panelPadding = 6.0
    static let titleGap = 10.0
    static let tickLength = 5.0
    static let tickLabelGap = 4.0
    static let axisLabelGap = 8.0
    static let colorBarGap = 16.0
    static let colorBarWidth = 14.0
    /// Minimum free space between neighbouring x tick labels.
    static let tickLabelClearance = 14.0
    /// Target spacing of automatic ticks.
    static let xTickSpacing = 90.0
    static let yTickSpacing = 50.0
}
