"""Goal checks as assessments (how much of the goal is met, what is missing, what the goal may
change), turned into `CheckResult`s by judging the damage outside what they may change.

Each catalogue checker is written once as an assessor `fn(old, new, /, **params) ->
Assessment` and registered with `@goal_check(name)`, which also registers the checker of the
contract (`rewards.check(name, ...)`). `evaluate_joint` judges a composite goal's damage once
against the union of its checks' footprints, so "bold X and italicize Y" does not count the
italic Y as damage to the bold X."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import wraps

from wordsim.document.query import DocumentView

from ..checker import CheckResult, as_view, checker, evaluate_each
from ..damage import NOTHING, Footprint, damage

# A goal met but with damage scores this fraction of its progress: damage lowers the potential
# (so shaping does not reward it) while progress towards the goal still shows.
DAMAGED_SCORE = 0.5
# An unmet goal never scores 1: score 1 means success.
MAX_PARTIAL = 0.99

ASSESSORS: dict[str, Callable[..., Assessment]] = {}


@dataclass(frozen=True)
class Assessment:
    """`progress` in [0, 1] towards the goal (1 exactly when `missing` is empty); `missing`:
    why the goal is not met, in plain words; `footprint`: what the goal may change."""

    progress: float
    missing: tuple[str, ...] = ()
    footprint: Footprint = NOTHING

    @property
    def met(self) -> bool:
        return not self.missing


def assess(progress: float, missing: Iterable[str], footprint: Footprint = NOTHING) -> Assessment:
    """An Assessment whose progress is 1 when nothing is missing and below 1 otherwise."""
    missing = tuple(missing)
    progress = 1.0 if not missing else min(max(float(progress), 0.0), MAX_PARTIAL)
    return Assessment(progress, missing, footprint)


def toward(start: int, now: int, goal: int) -> float:
    """How far a count went from `start` to `goal` (0 where it started, or as far beyond)."""
    if now == goal:
        return 1.0
    return max(0.0, 1 - abs(goal - now) / max(abs(goal - start), 1))


def goal_check(name: str):
    """Register assessor `fn(old: DocumentView, new: DocumentView, /, **params)` as checker
    `name` (positional-only views leave every name free for parameters, `before` included)."""

    def register(fn: Callable[..., Assessment]) -> Callable[..., Assessment]:
        ASSESSORS[name] = fn

        @wraps(fn)
        def run(old: DocumentView, new: DocumentView, /, **params) -> CheckResult:
            return judge(old, new, (fn(old, new, **params),))

        checker(name)(run)
        return fn

    return register


def judge(old: DocumentView, new: DocumentView, assessments: Sequence[Assessment]) -> CheckResult:
    """Success when every assessment is met and nothing outside their joint footprint
    changed; score: mean progress, times DAMAGED_SCORE when something was damaged."""
    footprint = assessments[0].footprint
    for a in assessments[1:]:
        footprint = footprint | a.footprint
    harm = damage(old, new, footprint)
    progress = sum(a.progress for a in assessments) / len(assessments)
    met = all(a.met for a in assessments)
    score = progress * DAMAGED_SCORE if harm else progress
    details = tuple(d for a in assessments for d in a.missing) + tuple(
        f"damage: {d}" for d in harm
    )
    return CheckResult(met and not harm, min(score, 1.0), details)


def evaluate_joint(goal: Sequence, before, after) -> CheckResult:
    """Like `rewards.evaluate_goal`, but damage is judged once against everything the goal's
    checks may change together. Goals naming checkers registered without an assessor (custom
    `@checker`s) fall back to `evaluate_each`."""
    if not goal:
        raise ValueError("a goal needs at least one check")
    if any(name not in ASSESSORS for name, _ in goal):
        return evaluate_each(goal, before, after)
    old, new = as_view(before), as_view(after)
    return judge(old, new, [ASSESSORS[name](old, new, **(params or {})) for name, params in goal])
