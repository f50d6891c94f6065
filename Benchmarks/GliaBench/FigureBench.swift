func runFigureBenchmarks(_ arguments: [String]) { print("figure benchmarks: not written yet") }
