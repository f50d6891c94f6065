#!/bin/sh
# Figure benchmark: glia's Cairo figures against matplotlib on the same decision-boundary
# figure (500x500 cells, 200 points, PNG), in one run. Prints both times and the ratio.
set -eu
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-Benchmarks/.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
    python3 -m venv Benchmarks/.venv
    PYTHON=Benchmarks/.venv/bin/python
fi
if ! "$PYTHON" -c "import matplotlib, numpy" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet numpy matplotlib
fi

if [ ! -x .build/release/glia-bench ] || [ "${GLIA_BENCH_BUILD:-1}" = 1 ]; then
    swift build -c release --product glia-bench
fi

swift_line=$(.build/release/glia-bench figures)
python_line=$("$PYTHON" Benchmarks/figures_matplotlib.py)
echo "swift      $swift_line"
echo "matplotlib $python_line"
swift_seconds=$(echo "$swift_line" | awk '/^boundary / {print $2}')
python_seconds=$(echo "$python_line" | awk '/^boundary / {print $2}')
awk -v s="$swift_seconds" -v p="$python_seconds" \
    'BEGIN { printf "boundary ratio matplotlib/swift: %.1fx\n", p / s }'
