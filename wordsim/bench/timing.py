"""The one timing loop every benchmark uses: warm-ups, garbage collection off, a median."""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable
from time import perf_counter_ns


def median_ns(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None,
              warmup: int = 5) -> float:
    """Median wall time of `fn()` in nanoseconds; `setup()` runs untimed before each call."""
    for _ in range(warmup):
        if setup is not None:
            setup()
        fn()
    times = []
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            if setup is not None:
                setup()
            start = perf_counter_ns()
            fn()
            times.append(perf_counter_ns() - start)
    finally:
        if enabled:
            gc.enable()
    return statistics.median(times)


def median_ms(fn, repeat: int, setup=None, warmup: int = 5) -> float:
    return median_ns(fn, repeat, setup, warmup) / 1e6


def median_us(fn, repeat: int, setup=None, warmup: int = 5) -> float:
    return median_ns(fn, repeat, setup, warmup) / 1e3
