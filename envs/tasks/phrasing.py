"""Choosing among alternatives with the env's RNG, with a held-out part for the test split."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def held_out(options: Sequence, split: str) -> Sequence:
    """The options a split may use: the last quarter (at least one) is kept for "test"."""
    if len(options) < 2:
        return options
    k = max(1, len(options) // 4)
    return options[-k:] if split == "test" else options[:-k]


def choose(rng: np.random.Generator, options: Sequence):
    if not options:
        raise ValueError("nothing to choose from")
    return options[int(rng.integers(len(options)))]


def phrase(rng: np.random.Generator, templates: Sequence[str], split: str, **values) -> str:
    """A request in one of the split's phrasings, e.g. "Make {text} bold." with text=..."""
    return choose(rng, held_out(templates, split)).format(**values)
