"""The checker contract: `check(before, after, params) -> CheckResult`, pure functions of two
documents, registered by name so tasks can name their goal in JSON."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wordsim.document import WordDocument
from wordsim.document.query import DocumentView

CHECKERS: dict[str, Callable] = {}


@dataclass(frozen=True)
class CheckResult:
    """`success`: the goal is met and nothing else was damaged; `score` in [0, 1]: how much
    of the goal is met (for shaping and partial credit); `details`: human-readable reasons."""

    success: bool
    score: float
    details: tuple[str, ...] = field(default=())

    def __post_init__(self):
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be in [0, 1], got {self.score}")


def checker(name: str):
    """Register `fn(before: DocumentView, after: DocumentView, **params) -> CheckResult`."""

    def register(fn):
        if name in CHECKERS:
            raise ValueError(f"checker {name!r} is registered twice")
        CHECKERS[name] = fn
        return fn

    return register


def as_view(document) -> DocumentView:
    """A DocumentView of a python-docx Document, a WordDocument, .docx bytes or a view."""
    if isinstance(document, DocumentView):
        return document
    if isinstance(document, (bytes, bytearray)):
        document = WordDocument.open(bytes(document))
    return DocumentView.of(document)


def check(name: str, before, after, params: dict | None = None) -> CheckResult:
    """Run checker `name` on two documents (python-docx Documents, WordDocuments, bytes or
    views). Unknown names and bad parameters are programming errors and raise."""
    try:
        fn = CHECKERS[name]
    except KeyError:
        raise KeyError(f"unknown checker {name!r}; known: {sorted(CHECKERS)}") from None
    return fn(as_view(before), as_view(after), **(params or {}))


def evaluate_goal(goal: Sequence, before, after) -> CheckResult:
    """A goal is a sequence of (checker name, params), met when all are. Damage is judged once
    against what all its checks may change together (so "bold X and italicize Y" can succeed);
    see rewards.checks.base.evaluate_joint."""
    from .checks.base import evaluate_joint  # the checks import this module

    return evaluate_joint(goal, before, after)


def evaluate_each(goal: Sequence, before, after) -> CheckResult:
    """Each check judged on its own (custom checkers without a damage footprint); the score is
    their mean."""
    b, a = as_view(before), as_view(after)
    results = [check(name, b, a, params) for name, params in goal]
    if not results:
        raise ValueError("a goal needs at least one check")
    details = tuple(d for r in results for d in r.details)
    return CheckResult(all(r.success for r in results),
                       sum(r.score for r in results) / len(results), details)
