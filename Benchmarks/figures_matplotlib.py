"""The matplotlib half of the figure benchmark (see Benchmarks/figures.sh).

Draws the same 500x500-cell decision-boundary figure with 200 points as
`glia-bench figures` (imshow + contour at 0.5 + scatter + colour bar), saves it as PNG,
and prints the best of five runs as `boundary <seconds>`.
"""
import os
import sys
import tempfile
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

MASK = (1 << 64) - 1


def points():
    state = 12345
    values = []
    for _ in range(400):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        values.append((state >> 11) / 9007199254740992 * 4 - 2)
    xs, ys = np.array(values[0::2]), np.array(values[1::2])
    return xs, ys, (xs * xs + ys * ys < 1.5).astype(int)


def figure(path):
    n = 500
    centres = -2 + (np.arange(n) + 0.5) * 4 / n
    x, y = np.meshgrid(centres, centres)
    p = 1 / (1 + np.exp(-(4 * (1.5 - x * x - y * y) + np.sin(3 * x))))
    xs, ys, labels = points()
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=100)
    image = ax.imshow(p, origin="lower", extent=(-2, 2, -2, 2), vmin=0, vmax=1,
                      cmap="RdBu_r", interpolation="bilinear", aspect="auto")
    ax.contour(x, y, p, levels=[0.5], colors="k", linewidths=2)
    for label, marker, colour in ((0, "o", "#0072B2"), (1, "x", "#E69F00")):
        chosen = labels == label
        ax.scatter(xs[chosen], ys[chosen], marker=marker, c=colour, s=30,
                   label=f"class {label}")
    fig.colorbar(image, ax=ax, label="P(class 1)")
    ax.set_title("Benchmark boundary")
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")
    ax.legend(loc="upper right")
    fig.savefig(path)
    plt.close(fig)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        tempfile.gettempdir(), "glia-bench-boundary-matplotlib.png")
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        figure(path)
        best = min(best, time.perf_counter() - start)
    print(f"boundary {best:.4f}")


if __name__ == "__main__":
    main()
