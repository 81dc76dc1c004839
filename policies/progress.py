"""A one-line progress bar on stderr for long runs (no dependency): redrawn in place, at most a
few times a second, only on a terminal unless asked for."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 24


class Progress:
    """`update(n, note)` after each unit of work; `close()` ends the line. Disabled (a no-op)
    when `enabled` is False, or when it is None and `stream` is not a terminal."""

    def __init__(self, total: int, label: str = "", stream: TextIO | None = None,
                 enabled: bool | None = None, interval: float = 0.2):
        self.total, self.label, self.interval = max(total, 1), label, interval
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled
        self.done = 0
        self._drawn = 0.0
        self._started = time.perf_counter()

    def update(self, n: int = 1, note: str = "") -> None:
        self.done += n
        now = time.perf_counter()
        if self.enabled and (now - self._drawn >= self.interval or self.done >= self.total):
            self._drawn = now
            self.stream.write("\r" + self.line(note, now))
            self.stream.flush()

    def line(self, note: str = "", now: float | None = None) -> str:
        """The bar as it is drawn: label, bar, count, elapsed time, note."""
        elapsed = (now if now is not None else time.perf_counter()) - self._started
        filled = min(WIDTH, WIDTH * self.done // self.total)
        bar = "#" * filled + "." * (WIDTH - filled)
        text = f"{self.label} [{bar}] {self.done}/{self.total} {elapsed:.1f}s"
        return f"{text} {note}".rstrip()

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
