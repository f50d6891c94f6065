import Neural

/// The Swift half of `Benchmarks/neural.sh`: three training workloads, one line each,
/// `name seconds`. Only `fit` is timed; data preparation is not. `neural_numpy.py` runs the
/// same algorithms (shapes, batches, optimizer, epochs) in NumPy.
///
/// `digits` uses random data of the bench's shape (5000 × 400, labels 0-9), not the book's real
/// 8 × 8 digits: the workload measures arithmetic, not accuracy.
func runNeuralBenchmarks(_ arguments: [String]) {
    let workloads: [(String, () throws -> Void)] = [
        ("coffee", benchCoffee), ("digits", benchDigits), ("parabola", benchParabola),
    ]
    for (name, run) in workloads where arguments.isEmpty || arguments.contains(name) {
        do {
            let clock = ContinuousClock()
            let elapsed = try clock.measure { try run() }
            let seconds = Double(elapsed.components.seconds)
                + Double(elapsed.components.attoseconds) * 1e-18
            print(name, String(format6(seconds)))
        } catch {
            print("\(name) failed: \(error)")
        }
    }
}

/// 2-3-1 sigmoid, 200 000 rows (200 roasts tiled 1000 times), batch 32, Adam 0.01, 10 epochs.
private func benchCoffee() throws {
    let data = Coffee.roasts(count: 200, seed: 1)
    let norm = Normalization()
    try norm.adapt(data.x)
    let tiled = try Dataset(x: norm(data.x), y: data.y, featureNames: data.featureNames).tiled(times: 1000)
    let model = Sequential(seed: 1) {
        Dense(3, activation: .sigmoid)
        Dense(1, activation: .sigmoid)
    }
    model.compile(loss: .binaryCrossEntropy, optimizer: Adam(learningRate: 0.01))
    try model.fit(tiled.x, tiled.y, epochs: 10, batchSize: 32)
}

/// 400-25-15-10 ReLU with softmax cross-entropy on 5000 random rows, batch 32, Adam, 40 epochs.
private func benchDigits() throws {
    var rng = RNG(seed: 7)
    let x = try Matrix(rows: 5000, columns: 400, data: (0..<2_000_000).map { _ in rng.unit() })
    let y = Matrix(column: (0..<5000).map { _ in Float(rng.int(below: 10)) })
    let model = Sequential(seed: 1) {
        Dense(25, activation: .relu)
        Dense(15, activation: .relu)
        Dense(10, activation: .linear)
    }
    model.compile(loss: .softmaxCrossEntropy, optimizer: Adam(learningRate: 0.001))
    try model.fit(x, y, epochs: 40, batchSize: 32)
}

/// 1-5-1 ReLU on y = x², full batch of 100, 2000 Adam steps.
private func benchParabola() throws {
    let data = Parabola.data(count: 100)
    let model = Sequential(seed: 1) {
        Dense(5, activation: .relu)
        Dense(1, activation: .linear)
    }
    model.compile(loss: .meanSquaredError, optimizer: Adam(learningRate: 0.01))
    try model.fit(data.x, data.y, epochs: 2000, batchSize: 100, shuffle: false)
}

private func format6(_ value: Double) -> String {
    let micro = Int((value * 1_000_000).rounded())
    let fraction = String(micro % 1_000_000)
    return "\(micro / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
}
