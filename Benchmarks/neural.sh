#!/usr/bin/env bash
# Neural benchmark: the same three training workloads in glia's Swift library and in NumPy,
# run back to back on this machine, with the ratio NumPy time / Swift time (higher = Swift faster).
# Usage: Benchmarks/neural.sh [coffee|digits|parabola ...]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-Benchmarks/.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
    echo "creating Benchmarks/.venv with numpy" >&2
    python3 -m venv Benchmarks/.venv
    Benchmarks/.venv/bin/pip install --quiet numpy
    PYTHON=Benchmarks/.venv/bin/python
fi

swift build -c release --product glia-bench >&2
swift_out="$(.build/release/glia-bench neural "$@")"
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine for old OpenBLAS builds; they
# slow a current NumPy, so they are unset for the NumPy run only.
numpy_out="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PYTHON" -W ignore \
    Benchmarks/neural_numpy.py "$@")"

printf '%-10s %12s %12s %10s\n' workload "swift (s)" "numpy (s)" "numpy/swift"
while read -r name swift_seconds; do
    numpy_seconds="$(awk -v n="$name" '$1 == n { print $2 }' <<<"$numpy_out")"
    awk -v n="$name" -v s="$swift_seconds" -v p="$numpy_seconds" \
        'BEGIN { printf "%-10s %12.4f %12.4f %9.1fx\n", n, s, p, (s > 0 ? p / s : 0) }'
done <<<"$swift_out"
