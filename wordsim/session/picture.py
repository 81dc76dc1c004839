"""The picture Insert → Pictures → This Device... inserts: the simulated window has no file
chooser, so the session supplies one image (a session can be given its own)."""

from __future__ import annotations

import struct
import zlib
from functools import cache


@cache
def placeholder_png(width: int = 96, height: int = 64) -> bytes:
    """A small RGB PNG with a blue-to-white gradient, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = []
    for y in range(height):
        shade = 80 + (175 * y) // max(height - 1, 1)
        rows.append(b"\x00" + bytes((shade, shade, 255)) * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))  # fmt: skip
