"""NumPy half of Benchmarks/neural.sh: the same three training workloads as
Benchmarks/GliaBench/NeuralBench.swift (float32, same shapes, batches, Adam, epochs, shuffling
every epoch), written the way a careful NumPy user would. Prints `name seconds` per workload;
only the training loop is timed."""
import sys
import time

import numpy as np

F = np.float32


def glorot(rng, fan_in, fan_out):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=(fan_in, fan_out)).astype(F)


class Adam:
    """Keras' Adam: epsilon 1e-7, bias correction folded into the step size."""

    def __init__(self, params, lr, b1=0.9, b2=0.999, eps=1e-7):
        self.params, self.lr, self.b1, self.b2, self.eps = params, lr, b1, b2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads):
        self.t += 1
        alpha = F(self.lr * np.sqrt(1 - self.b2 ** self.t) / (1 - self.b1 ** self.t))
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m += (1 - self.b1) * (g - m)
            v += (1 - self.b2) * (g * g - v)
            p -= alpha * m / (np.sqrt(v) + F(self.eps))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train_mlp(x, y, sizes, hidden, output, epochs, batch, lr, shuffle, rng):
    """Dense layers sizes[0] -> ... -> sizes[-1]; hidden activation 'sigmoid' or 'relu'; output
    'sigmoid' (binary cross-entropy), 'logits' (softmax cross-entropy) or 'linear' (MSE)."""
    ws = [glorot(rng, a, b) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros(b, dtype=F) for b in sizes[1:]]
    opt = Adam(ws + bs, lr)
    n = x.shape[0]
    order = np.arange(n)
    for _ in range(epochs):
        if shuffle:
            rng.shuffle(order)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            xb, yb = x[idx], y[idx]
            acts = [xb]
            for i, (w, b) in enumerate(zip(ws, bs)):
                z = acts[-1] @ w + b
                if i < len(ws) - 1:
                    a = sigmoid(z) if hidden == "sigmoid" else np.maximum(z, 0)
                elif output == "sigmoid":
                    a = sigmoid(z)
                else:
                    a = z
                acts.append(a)
            out, m = acts[-1], xb.shape[0]
            if output == "sigmoid":
                dz = (out - yb) / F(m)
            elif output == "logits":
                e = np.exp(out - out.max(axis=1, keepdims=True))
                dz = e / e.sum(axis=1, keepdims=True)
                dz[np.arange(m), yb] -= 1
                dz /= F(m)
            else:
                dz = F(2) * (out - yb) / F(out.size)
            gw, gb = [None] * len(ws), [None] * len(ws)
            for i in range(len(ws) - 1, -1, -1):
                gw[i] = acts[i].T @ dz
                gb[i] = dz.sum(axis=0)
                if i > 0:
                    da = dz @ ws[i].T
                    a = acts[i]
                    dz = da * a * (1 - a) if hidden == "sigmoid" else da * (a > 0)
            opt.step(gw + gb)
    return ws, bs


def coffee(rng):
    t = rng.uniform(150, 285, 200)
    d = rng.uniform(11.5, 15.5, 200)
    good = (t > 175) & (t < 260) & (d > 12) & (d < 15) & (d <= 21 - 3 * t / 85)
    x = np.stack([t, d], axis=1).astype(F)
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    x = np.tile(x, (1000, 1))
    y = np.tile(good.astype(F).reshape(-1, 1), (1000, 1))
    return lambda: train_mlp(x, y, [2, 3, 1], "sigmoid", "sigmoid", 10, 32, 0.01, True, rng)


def digits(rng):
    x = rng.random((5000, 400), dtype=F)
    y = rng.integers(0, 10, 5000)
    return lambda: train_mlp(x, y, [400, 25, 15, 10], "relu", "logits", 40, 32, 0.001, True, rng)


def parabola(rng):
    x = np.linspace(-5, 4, 100, dtype=F).reshape(-1, 1)
    y = x * x
    return lambda: train_mlp(x, y, [1, 5, 1], "relu", "linear", 2000, 100, 0.01, False, rng)


def main():
    wanted = sys.argv[1:]
    for name, make in [("coffee", coffee), ("digits", digits), ("parabola", parabola)]:
        if wanted and name not in wanted:
            continue
        run = make(np.random.default_rng(1))
        start = time.perf_counter()
        run()
        print(f"{name} {time.perf_counter() - start:.6f}", flush=True)


if __name__ == "__main__":
    main()
