// glia-bench: the Swift half of `make bench`. Each suite prints one line per workload,
// `name seconds`, which the suite's script (Benchmarks/*.sh) compares with the Python run.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "neural": runNeuralBenchmarks(Array(arguments.dropFirst()))
case "figures": runFigureBenchmarks(Array(arguments.dropFirst()))
default:
    print("usage: glia-bench neural|figures [workload]")
}
