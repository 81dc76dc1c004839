"""Helpers for the window tests: find a visible control by name, list the labelled names."""

from __future__ import annotations

from wordsim.ui import UIContext, view


def find(state, name, control_type=None, context=None):
    """The single visible control named `name` (of `control_type`); fails if none or several."""
    hits = view(state, context or UIContext()).find(name, control_type)
    assert len(hits) == 1, f"{len(hits)} visible controls named {name!r}: {hits}"
    return hits[0]


def names(state, context=None):
    return [c.name for c in view(state, context or UIContext()).labelled]
