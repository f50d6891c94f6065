/// Training buffers sized for one batch, allocated once and reused by every step.
///
/// `values[l]` is the input of layer `l` (and `values[L]` the model output); `gradients[l]` is
/// dLoss/d`values[l]`; `rows[l]` is the row table of `values[l]`. `batchRows` is where the
/// training loop lists the shuffled examples of a batch when the first layer reads them in
/// place. A new workspace is made only when the batch size or shapes change.
final class Workspace {
    let capacity: Int
    let widths: [Int]
    let values: [UnsafeMutablePointer<Float>]
    let gradients: [UnsafeMutablePointer<Float>]
    let rows: [RowPointers]
    let batchRows: UnsafeMutablePointer<UnsafePointer<Float>>
    let labels: UnsafeMutablePointer<Float>
    let labelWidth: Int

    init(capacity: Int, widths: [Int], labelWidth: Int) {
        self.capacity = capacity
        self.widths = widths
        self.labelWidth = labelWidth
        let values = widths.map { Workspace.zeros(capacity * $0) }
        self.values = values
        gradients = widths.map { Workspace.zeros(capacity * $0) }
        rows = zip(values, widths).map { base, width in
            let table = Workspace.table(capacity)
            fillRowPointers(table, base: base, width: width, count: capacity)
            return UnsafePointer(table)
        }
        batchRows = Workspace.table(capacity)
        batchRows.initialize(repeating: values[0], count: Swift.max(capacity, 1))
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

    private static func table(_ count: Int) -> UnsafeMutablePointer<UnsafePointer<Float>> {
        .allocate(capacity: Swift.max(count, 1))
    }

    deinit {
        for p in values { p.deallocate() }
        for p in gradients { p.deallocate() }
        for p in rows { UnsafeMutablePointer(mutating: p).deallocate() }
        batchRows.deallocate()
        labels.deallocate()
    }
}
