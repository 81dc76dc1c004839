"""UFO dataflow's control matching: a plan step's ControlText against the controls' names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any, TypeVar

MATCH_THRESHOLD = 70  # UFO dataflow: `fuzz.partial_ratio(control_name, control_text) >= 70`

C = TypeVar("C")


def partial_ratio(s1: str | None, s2: str | None) -> int:
    """fuzzywuzzy's `fuzz.partial_ratio` (its pure-Python path, which UFO's dataflow runs when
    python-Levenshtein is absent), on `difflib.SequenceMatcher`: how well the shorter string
    matches its best-aligned window of the longer one, 0-100. Case-sensitive and unprocessed,
    as there. For every block the two strings share, the window of the longer string that
    starts where that block would put the shorter one is scored with `ratio()`; the best score
    wins, and a score above 0.995 counts as 100.

    rapidfuzz's `partial_ratio` searches every alignment and can score a little higher when the
    best window overhangs an end of the longer string; the two agree whenever the shorter string
    occurs in the longer one, which is the case that matters for control names."""
    if s1 is None or s2 is None:
        return 0
    if s1 == s2:
        return 100
    if not s1 or not s2:
        return 0
    shorter, longer = (s1, s2) if len(s1) <= len(s2) else (s2, s1)
    best = 0.0
    for block in SequenceMatcher(None, shorter, longer).get_matching_blocks():
        start = max(block.b - block.a, 0)
        window = longer[start:start + len(shorter)]
        score = SequenceMatcher(None, shorter, window).ratio()
        if score > 0.995:
            return 100
        best = max(best, score)
    return int(round(100 * best))


def match_control(
    controls: Iterable[C],
    control_text: str | None,
    *,
    control_type: str | None = None,
    threshold: int = MATCH_THRESHOLD,
) -> C | None:
    """The control whose name best matches `control_text` (UFO dataflow's executor), or None.

    `controls` are the current controls in tree order, as dicts or objects with `label`,
    `control_text` and `control_type`. A control qualifies when `partial_ratio(name,
    control_text) >= threshold`. UFO's executor takes the first control that qualifies; WordSim
    takes the best score, then an exact name match ("Font" over "Font Size" for "Font"), then
    `control_type` when given, then tree order, so that "Bold" does not land on an earlier
    "Bold Italic". An empty `control_text` matches nothing (UFO skips control selection)."""
    if not control_text:
        return None
    best: tuple[int, bool, bool] | None = None
    chosen: C | None = None
    for control in controls:
        name = _field(control, "control_text") or ""
        score = partial_ratio(name, control_text)
        if score < threshold:
            continue
        rank = (score, name == control_text,
                control_type is not None and _field(control, "control_type") == control_type)
        if best is None or rank > best:  # strictly better: earlier controls win ties
            best, chosen = rank, control
    return chosen


def _field(control: Any, key: str) -> Any:
    if isinstance(control, Mapping):
        return control.get(key)
    return getattr(control, key, None)
