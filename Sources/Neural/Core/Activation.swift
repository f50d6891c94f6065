import Foundation

/// The activation function `g` of a layer, applied to the pre-activation `z = x·W + b`.
public enum Activation: Equatable, Sendable {
    /// `g(z) = z`: the layer is an affine map (linear regression for one unit).
    case linear
    /// `g(z) = 1 / (1 + e^-z)`: a probability-like output (logistic regression for one unit).
    case sigmoid
    /// `g(z) = tanh z`, a zero-centred sigmoid.
    case tanh
    /// `g(z) = max(0, z)`.
    case relu
    /// `g(z) = z` for `z > 0`, `alpha · z` otherwise.
    case leakyReLU(Float)
    /// Exponentials normalised across a row (each example's units sum to 1).
    case softmax

    /// The activation `name` names (`relu`, `leaky_relu(0.1)`…), as `name` spells it.
    public init?(name: String) {
        switch name {
        case "linear": self = .linear
        case "sigmoid": self = .sigmoid
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "softmax": self = .softmax
        default:
            guard name.hasPrefix("leaky_relu("), name.hasSuffix(")"),
                  let alpha = Float(name.dropFirst("leaky_relu(".count).dropLast()) else { return nil }
            self = .leakyReLU(alpha)
        }
    }

    /// The short name used in summaries and plots: "relu", "leaky_relu(0.01)", and so on.
    public var name: String {
        switch self {
        case .linear: return "linear"
        case .sigmoid: return "sigmoid"
        case .tanh: return "tanh"
        case .relu: return "relu"
        case .leakyReLU(let alpha): return "leaky_relu(\(alpha))"
        case .softmax: return "softmax"
        }
    }

    /// `g(z)` for one value. Softmax needs the whole row; for a single value it returns 1.
    public func callAsFunction(_ z: Float) -> Float {
        switch self {
        case .linear: return z
        case .sigmoid: return stableSigmoid(z)
        case .tanh: return Foundation.tanh(z)
        case .relu: return z > 0 ? z : 0
        case .leakyReLU(let alpha): return z > 0 ? z : alpha * z
        case .softmax: return 1
        }
    }
}

/// Sigmoid that never overflows: for negative `z` it is written with `e^z` instead of `e^-z`.
@inline(__always)
func stableSigmoid(_ z: Float) -> Float {
    if z >= 0 {
        return 1 / (1 + expf(-z))
    }
    let e = expf(z)
    return e / (1 + e)
}
