/// Lets a model be written as a block of layers, one per line, with `if` and `for` allowed.
@resultBuilder
public enum LayerBuilder {
    /// Turns one layer written on a line into a one-element list.
    public static func buildExpression(_ layer: Layer) -> [Layer] { [layer] }
    /// Passes an array of layers (for example from a helper function) through unchanged.
    public static func buildExpression(_ layers: [Layer]) -> [Layer] { layers }
    /// Joins the layers of all lines of a block, in order.
    public static func buildBlock(_ parts: [Layer]...) -> [Layer] { parts.flatMap { $0 } }
    /// The layers of an `if` without `else` when its condition holds; no layers otherwise.
    public static func buildOptional(_ part: [Layer]?) -> [Layer] { part ?? [] }
    /// The layers of the first branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: [Layer]) -> [Layer] { part }
    /// The layers of the second branch of an `if`/`else` or `switch`.
    public static func buildEither(second part: [Layer]) -> [Layer] { part }
    /// Joins the layers made by every pass of a `for` loop, in order.
    public static func buildArray(_ parts: [[Layer]]) -> [Layer] { parts.flatMap { $0 } }
}
