/// Anything that can become a `Figure`: figures themselves and every plot type.
/// Notebook `show(_:name:)` accepts any of these.
public protocol FigureConvertible {
    func makeFigure() throws -> Figure
}
