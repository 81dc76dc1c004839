"""The outcome of one action: what the agent reads back, and what the document went through."""

from __future__ import annotations

from dataclasses import dataclass

from wordsim.actions import Action
from wordsim.document import Change


@dataclass(frozen=True)
class ActionResult:
    """`ok` False means the agent made a mistake; `message` says what happened, in UFO's
    words where UFO has them. Nothing raises for agent mistakes."""

    ok: bool
    message: str
    action: Action | None = None
    changes: tuple[Change, ...] = ()
    status: str = "CONTINUE"  # the agent's own status: FINISH / FAIL end the episode

    @property
    def edited(self) -> bool:
        """Whether the document itself changed (not only the window or the selection)."""
        return any(c.edited for c in self.changes)

    @property
    def paragraphs(self) -> frozenset:
        """Story paragraphs the action touched (for incremental observations)."""
        out: set = set()
        for c in self.changes:
            out |= c.paragraphs
        return frozenset(out)
