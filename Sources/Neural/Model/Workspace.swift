/// Training buffers sized for one batch, allocated once and reused by every step.
///
/// `values[l]` is the input of layer `l` (and `values[L]` the model output); `gradients[l]` is
/// dLoss/d`values[l]`. A new workspace is made only when the batch size or shapes change.
final class Workspace {
    let capacity: Int
    let widths: [Int]
    let values: [UnsafeMutablePointer<Float>]
    let gradients: [UnsafeMutablePointer<Float>]
    let labels: UnsafeMutablePointer<Float>
    let labelWidth: Int

    init(capacity: Int, widths: [Int], labelWidth: Int) {
        self.capacity = capacity
        self.widths = widths
        self.labelWidth = labelWidth
        values = widths.map { Workspace.zeros(capacity * $0) }
        gradients = widths.map { Workspace.zeros(capacity * $0) }
        labels = Workspace.zeros(capacity * labelWidth)
    }

    func fits(capacity: Int, widths: [Int], labelWidth: Int) -> Bool {
        self.capacity >= capacity && self.widths == widths && self.labelWidth == labelWidth
    }

    private static func zeros(_ count: Int) -> UnsafeMutablePointer<Float> {
        let p = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(count, 1))
        p.initialize(repeating: 0, count: Swift.max(count, 1))
        return p
    }

    deinit {
        for p in values { p.deallocate() }
        for p in gradients { p.deallocate() }
        labels.deallocate()
    }
}
