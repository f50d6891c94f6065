// NeuralPlots module (work in progress).
