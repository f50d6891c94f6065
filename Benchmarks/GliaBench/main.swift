print("glia-bench: no benchmarks yet")
