#!/usr/bin/env python3
"""Writes the fixtures' small PNG figures with zlib and struct only (no imaging library).

    python3 Tests/browser-fixture/make_png.py
"""

import struct
import zlib
from pathlib import Path


def chunk(kind, data):
    """One PNG chunk: length, type, data, CRC of type and data."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, pixel):
    """An 8-bit RGB PNG; `pixel(x, y)` gives each (r, g, b)."""
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width))
                    for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def gradient(scale):
    """A blue-to-orange gradient with a diagonal line, `scale` times 48×32 pixels."""
    def pixel(x, y):
        x, y = x / scale, y / scale
        if abs(x - 1.5 * y) < 1:
            return (20, 20, 20)
        return (int(40 + 200 * x / 48), int(90 + 60 * y / 32), int(220 - 180 * x / 48))
    return png(48 * scale, 32 * scale, pixel)


if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "good" / "figure.png").write_bytes(gradient(1))
    (here / "good" / "figure@2x.png").write_bytes(gradient(2))
    (here / "bad" / "figure.png").write_bytes(gradient(1))
