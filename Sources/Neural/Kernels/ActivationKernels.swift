import Foundation

extension Activation {
    /// Replaces `rows × units` pre-activations by activations, in place.
    @inline(__always)
    func apply(_ values: UnsafeMutablePointer<Float>, rows: Int, units: Int) {
        let count = rows * units
        switch self {
        case .linear:
            return
        case .sigmoid:
            for i in 0..<count { values[i] = stableSigmoid(values[i]) }
        case .tanh:
            for i in 0..<count { values[i] = tanhf(values[i]) }
        case .relu:
            for i in 0..<count { values[i] = Swift.max(values[i], 0) }
        case .leakyReLU(let alpha):
            for i in 0..<count where values[i] < 0 { values[i] *= alpha }
        case .softmax:
            for r in 0..<rows { softmaxRow(values + r * units, count: units) }
        }
    }

    /// Turns dLoss/dActivation into dLoss/dPreActivation in place, using only the activations
    /// `a` (every derivative here can be written in terms of the output).
    @inline(__always)
    func backward(_ gradient: UnsafeMutablePointer<Float>, activations a: UnsafePointer<Float>,
                  rows: Int, units: Int) {
        let count = rows * units
        switch self {
        case .linear:
            return
        case .sigmoid:
            for i in 0..<count { gradient[i] *= a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<count { gradient[i] *= 1 - a[i] * a[i] }
        case .relu:
            // A select rather than `where`: about half the units are off, so a branch per
            // value would be mispredicted half the time.
            for i in 0..<count { gradient[i] = a[i] > 0 ? gradient[i] : 0 }
        case .leakyReLU(let alpha):
            // For alpha > 0 the sign of a is the sign of z.
            for i in 0..<count where a[i] <= 0 { gradient[i] *= alpha }
        case .softmax:
            // Jacobian-vector product of softmax: dz_i = a_i (da_i - Σ_j da_j a_j).
            for r in 0..<rows {
                let g = gradient + r * units, ar = a + r * units
                var dot: Float = 0
                for j in 0..<units { dot += g[j] * ar[j] }
                for j in 0..<units { g[j] = ar[j] * (g[j] - dot) }
            }
        }
    }
}
