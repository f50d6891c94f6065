/// Anything that can become a `Figure`: figures themselves and every plot type.
/// Notebook `show(_:name:)` accepts any of these.
public protocol FigureConvertible {
    /// Builds the figure to draw; throws a `FigureError` when the data cannot be drawn.
    func makeFigure() throws -> Figure
}
