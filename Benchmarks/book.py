#!/usr/bin/env python3
"""The book's own timings, on the real book in chapters/, median of several runs:
clean build, no-op, prose edit, one-cell edit (with its compile and run, against issue 9's
target of the run plus 0.5 s), library edit (one Figures file), and with `glia serve` the
time from saving a prose or a cell edit to the served page having the new content.

Runs in a scratch copy of the book, so the repository's output/ and cache are untouched;
the library edit changes Sources/Figures for a moment and puts it back.
Usage: python3 Benchmarks/book.py [runs]
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLIA = os.path.join(ROOT, ".build", "release", "glia")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
CHAPTER = "chapters/02-nonlinearity.md"
LIBRARY_FILE = os.path.join(ROOT, "Sources", "Figures", "Plots", "ReLUChart.swift")


LAST_RAN = [""]


# The compile and run seconds of the last chapter a build ran (from --explain).
LAST_PARTS = [None]


def build(book, *extra, explain=False):
    start = time.perf_counter()
    done = subprocess.run([GLIA, "build", "--explain" if explain else "-q", "--root", book, *extra],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"glia build failed:\n{done.stderr}")
    match = re.search(r"\((\d+) ran, (\d+) reused\)", done.stdout)
    LAST_RAN[0] = f"{match.group(1)} ran" if match else "?"
    parts = re.findall(r"compile ([0-9.]+) s, run ([0-9.]+) s", done.stdout)
    LAST_PARTS[0] = tuple(map(float, parts[-1])) if parts else None
    return elapsed


def edit(book, old, new):
    path = os.path.join(book, CHAPTER)
    with open(path, encoding="utf-8") as file:
        text = file.read()
    assert old in text, old
    with open(path, "w", encoding="utf-8") as file:
        file.write(text.replace(old, new, 1))


def first_cell_line(book):
    with open(os.path.join(book, CHAPTER), encoding="utf-8") as file:
        text = file.read()
    return re.search(r"```swift\n((?://\|[^\n]*\n)*)", text).end()


def report(name, seconds, note=""):
    print(f"{name:<34} {statistics.median(seconds):8.3f} s   (runs: {len(seconds)}{note})")


def main():
    book = tempfile.mkdtemp(prefix="glia-bench-book-")
    try:
        shutil.copytree(os.path.join(ROOT, "chapters"), os.path.join(book, "chapters"))
        shutil.copy(os.path.join(ROOT, "book.yml"), book)
        print(f"book timings, median of the runs, glia release build, {os.cpu_count()} cores")

        clean = []
        for _ in range(max(2, RUNS // 2)):
            shutil.rmtree(os.path.join(book, ".glia-cache"), ignore_errors=True)
            clean.append(build(book))
        report("clean build (no cache)", clean)
        report("no-op rebuild", [build(book) for _ in range(RUNS)])

        prose = []
        for run in range(RUNS):
            edit(book, "\n## ", f"\nA sentence added for timing {run}.\n\n## ")
            prose.append(build(book))
        report("prose edit", prose)

        cell, compiles, runs = [], [], []
        for run in range(max(3, RUNS // 2)):
            with open(os.path.join(book, CHAPTER), encoding="utf-8") as file:
                text = file.read()
            at = first_cell_line(book)
            with open(os.path.join(book, CHAPTER), "w", encoding="utf-8") as file:
                file.write(text[:at] + f"let benchProbe{run} = {run}\n" + text[at:])
            cell.append(build(book, explain=True))
            if LAST_PARTS[0]:
                compiles.append(LAST_PARTS[0][0])
                runs.append(LAST_PARTS[0][1])
        # Issue 9's target: the chapter's own run plus 0.5 s.
        parts = (f"; compile {statistics.median(compiles):.2f} s, run {statistics.median(runs):.2f} s, "
                 f"target run + 0.5 = {statistics.median(runs) + 0.5:.2f} s") if runs else ""
        report("one-cell edit (chapter 2)", cell, parts)

        library_edit(book)
        serve_timings(book)
        page_weights(book)
    finally:
        shutil.rmtree(book, ignore_errors=True)


def page_weights(book):
    """The book's page weights as glia build reports them (KiB: without figures, first view,
    and everything a phone loads when scrolled to the end), and the site's size on disk."""
    done = subprocess.run([GLIA, "build", "--weights", "--root", book], capture_output=True, text=True)
    table = [line for line in done.stdout.splitlines()
             if line.startswith("page ") or re.match(r"^\S+\.html\s", line)]
    print("\npage weights")
    print("\n".join(table))
    total = sum(os.path.getsize(os.path.join(folder, name))
                for folder, _, names in os.walk(os.path.join(book, "output")) for name in names)
    print(f"site on disk: {total / 1024 / 1024:.1f} MiB")


def library_edit(book):
    with open(LIBRARY_FILE, encoding="utf-8") as file:
        original = file.read()
    try:
        with open(LIBRARY_FILE, "a", encoding="utf-8") as file:
            file.write("\n/// Added by Benchmarks/book.py for a moment.\npublic func benchProbe() -> Int { 1 }\n")
        start = time.perf_counter()
        subprocess.run(["swift", "build", "-c", "release", "--product", "NotebookRuntime"],
                       cwd=ROOT, check=True, capture_output=True)
        library = time.perf_counter() - start
        chapters = build(book)
        print(f"{'library edit (one Figures file)':<34} {library + chapters:8.3f} s   "
              f"(runtime build {library:.2f} s + chapters {chapters:.2f} s, {LAST_RAN[0]})")
    finally:
        with open(LIBRARY_FILE, "w", encoding="utf-8") as file:
            file.write(original)
        subprocess.run(["swift", "build", "-c", "release", "--product", "NotebookRuntime"],
                       cwd=ROOT, check=True, capture_output=True)
        build(book)


def serve_timings(book):
    server = subprocess.Popen([GLIA, "serve", "--port", "0", "--root", book],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = None
        for line in server.stdout:
            match = re.search(r"serving .* at (http://\S+)", line)
            if match:
                url = match.group(1)
                break
        page = url + os.path.basename(CHAPTER).replace(".md", ".html")

        prose = []
        for run in range(RUNS):
            marker = f"Served sentence {run} for timing."
            start = time.perf_counter()
            edit(book, "\n## ", f"\n{marker}\n\n## ")
            while marker not in urllib.request.urlopen(page).read().decode():
                time.sleep(0.005)
            prose.append(time.perf_counter() - start)
        report("serve: prose save to new page", prose, ", includes the 0.05 s debounce")

        cell = []
        for run in range(max(3, RUNS // 2)):
            marker = f"served cell {run} for timing"
            with open(os.path.join(book, CHAPTER), encoding="utf-8") as file:
                text = file.read()
            at = first_cell_line(book)
            start = time.perf_counter()
            with open(os.path.join(book, CHAPTER), "w", encoding="utf-8") as file:
                file.write(text[:at] + f'print("{marker}")\n' + text[at:])
            while marker not in urllib.request.urlopen(page).read().decode():
                time.sleep(0.005)
            cell.append(time.perf_counter() - start)
        report("serve: cell save to new page", cell, ", chapter 2 compiled and run")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
