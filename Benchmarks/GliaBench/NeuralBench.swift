func runNeuralBenchmarks(_ arguments: [String]) { print("neural benchmarks: not written yet") }
