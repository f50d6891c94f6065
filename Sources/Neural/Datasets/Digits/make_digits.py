#!/usr/bin/env python3
"""Writes digits.txt, the digits resource of the Neural library, from scikit-learn's copy of
the UCI "Optical Recognition of Handwritten Digits" test set (see DIGITS-LICENSE.md).

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install scikit-learn
    /tmp/venv/bin/python Sources/Neural/Datasets/Digits/make_digits.py

scikit-learn ships the set as sklearn/datasets/data/digits.csv.gz: 1797 rows of 64 pixel
values (0-16, row by row) followed by the label. Each output line is the label, then the 64
pixels, each written as one character of "0123456789ABCDEFG". Content is unchanged; only the
encoding differs. The script is deterministic: running it again gives the same bytes.
"""
import csv
import gzip
import pathlib
import sys

DIGITS = "0123456789ABCDEFG"


def source_path():
    if len(sys.argv) > 1:
        return pathlib.Path(sys.argv[1])
    import sklearn  # only to find the data file it ships
    return pathlib.Path(sklearn.__file__).parent / "datasets" / "data" / "digits.csv.gz"


def main():
    rows = []
    with gzip.open(source_path(), "rt") as text:
        for row in csv.reader(text):
            values = [int(float(value)) for value in row]
            pixels, label = values[:64], values[64]
            assert len(values) == 65 and 0 <= label <= 9
            assert all(0 <= pixel <= 16 for pixel in pixels)
            rows.append(DIGITS[label] + "".join(DIGITS[pixel] for pixel in pixels))
    assert len(rows) == 1797, len(rows)
    target = pathlib.Path(__file__).with_name("digits.txt")
    target.write_text("\n".join(rows) + "\n", encoding="ascii")
    print(f"wrote {len(rows)} images to {target}")


if __name__ == "__main__":
    main()
