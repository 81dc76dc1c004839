"""Run document commands on the simulator and on LibreOffice from the same document and
selection, and compare what Word's rules say must agree: the message, the selection, the
normalised views of both saved files, refusals (CommandError, document unchanged) and undo (one
step takes the command back). Built for the session's `lo` fixture (conftest.py)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from wordsim.backends.compare import Difference, compare
from wordsim.document import CommandError, WordDocument
from wordsim.document.position import Position, Selection

SPEC = "# Notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks."
CARET = ((1, 4), (1, 4))  # inside "The budget ...", before "budget"


class Outcome(NamedTuple):
    sim: WordDocument
    sim_message: str
    lo_message: str
    saved: bytes  # LibreOffice's .docx after the command
    diffs: list[Difference]  # between the simulator's document and LibreOffice's
    undone: list[Difference] | None  # after one undo, from the document before (None: no undo)


def selection(at) -> Selection:
    return Selection(Position(*at[0]), Position(*at[-1]))


def start(lo, doc: WordDocument | None, at) -> WordDocument:
    """`doc` (default: SPEC built) loaded into LibreOffice, both with selection `at`."""
    doc = WordDocument.build(SPEC) if doc is None else doc
    lo.load(doc.save())
    doc.set_selection(*at)
    lo.select(selection(at))
    return doc


def both(lo, command: str, doc: WordDocument | None = None, at=CARET, undo: bool = True,
         **args) -> Outcome:
    """`command` on both; then (`undo`) one undo on LibreOffice, which must restore the
    selection, and the document as the simulator had it before."""
    doc = start(lo, doc, at)
    before = doc.save()
    sim_message = doc.execute(command, **args).message
    lo_message = lo.execute(command, **args)
    assert lo.selection() == doc.selection, (lo.selection(), doc.selection)
    saved = lo.save()
    diffs = compare(doc.save(), saved)
    undone = None
    if undo:
        assert compare(before, saved) != [], "the command changed nothing"
        lo.execute("undo")
        assert lo.selection() == selection(at)
        undone = compare(before, lo.save())
    return Outcome(doc, sim_message, lo_message, saved, diffs, undone)


def refusals(lo, cases, doc: WordDocument | None = None, at=CARET) -> list[str]:
    """Each case of `cases`, (command, args) or (selection, command, args), run on one loaded
    document: both refuse it with the same CommandError, the selection stays, and at the end
    LibreOffice's document is the one loaded. Returns the messages."""
    doc = start(lo, doc, at)
    messages = []
    for case in cases:
        where, (command, args) = (case[0], case[1:]) if len(case) == 3 else (at, case)
        doc.set_selection(*where)
        lo.select(selection(where))
        with pytest.raises(CommandError) as sim_error:
            doc.execute(command, **args)
        with pytest.raises(CommandError) as lo_error:
            lo.execute(command, **args)
        assert str(lo_error.value) == str(sim_error.value), command
        assert lo.selection() == selection(where), command
        messages.append(str(sim_error.value))
    assert compare(doc.save(), lo.save()) == []
    assert lo.execute("undo") == "Nothing to undo."
    return messages
