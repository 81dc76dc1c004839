"""Page Setup's "Apply to: Whole document": the dialog's commands run for every section, not
only the ones the selection touches, and the selection stays where it was (one undo step)."""

from __future__ import annotations

from collections.abc import Sequence

from .commands import command
from .compound import compound
from .position import Position, Selection


@command("whole_document")
def whole_document(doc, steps: Sequence) -> str:
    """Run `steps` ([command, {args}] pairs, as `compound` takes them) with the whole main
    story selected, then give the selection back."""
    kept = doc.selection
    last = len(doc) - 1
    doc.selection = Selection(Position(0, 0), Position(last, len(doc.text(last))))
    try:
        return compound(doc, steps)
    finally:
        doc.selection = kept
