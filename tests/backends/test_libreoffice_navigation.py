"""Caret and selection commands on LibreOffice agree with the simulator: arrow keys by
character, word, paragraph and document, Home/End, Ctrl+Home/End, with and without Shift, and the
selection commands (select_all, select_range, select_paragraphs, select_text, select_table)."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_moves_agree, run_both
from wordsim.document import WordDocument
from wordsim.document.position import Position, Selection

SPEC = ("# Notes\nThe budget, once again, was approved on Monday.\nDon't stop.\n\n"
        "|Name|Role|\n|Ann|Lead|\nClosing remarks.")
# one paragraph that wraps over several lines on a page
LONG = "Start.\n" + " ".join(["The budget was approved on Monday after a long debate."] * 6)


# (step, selection before it)
CASES = [
    (("move", {"unit": "character", "count": 3}), (1, 4)),
    (("move", {"unit": "character", "count": -5}), (1, 2)),
    (("move", {"unit": "character", "count": 1}), (0, 5)),
    (("move", {"unit": "character", "count": 2, "extend": True}), (1, 4)),
    (("move", {"unit": "character", "count": 1}), ((1, 4), (1, 9))),
    (("move", {"unit": "character", "count": -1}), ((1, 4), (1, 9))),
    (("move", {"unit": "word", "count": 1}), (1, 0)),
    (("move", {"unit": "word", "count": 3}), (1, 0)),
    (("move", {"unit": "word", "count": 2}), (1, 8)),
    (("move", {"unit": "word", "count": -2}), (1, 16)),
    (("move", {"unit": "word", "count": 1}), (2, 0)),
    (("move", {"unit": "word", "count": 1}), (1, 49)),
    (("move", {"unit": "word", "count": 2, "extend": True}), (1, 4)),
    (("move", {"unit": "word", "count": -1, "extend": True}), (1, 10)),
    (("move", {"unit": "paragraph", "count": 1}), (1, 4)),
    (("move", {"unit": "paragraph", "count": -1}), (1, 4)),
    (("move", {"unit": "paragraph", "count": 2, "extend": True}), (0, 2)),
    (("move", {"unit": "document", "count": 1}), (1, 4)),
    (("move", {"unit": "document", "count": -1, "extend": True}), (1, 4)),
    ("home", (1, 9)),
    ("end", (1, 9)),
    (("home", {"extend": True}), (1, 9)),
    (("end", {"extend": True}), (2, 2)),
    ("document_start", (2, 3)),
    ("document_end", (1, 3)),
    (("document_end", {"extend": True}), (1, 3)),
    (("document_start", {"extend": True}), (1, 3)),
    ("select_all", (1, 3)),
    (("select_range", {"start": (2, 6), "end": (1, 2)}), (0, 0)),
    (("select_paragraphs", {"start_index": 2, "end_index": 3}), (0, 0)),
    (("select_paragraphs", {"start_index": 1, "end_index": -1, "non_empty": False}), (0, 0)),
    (("select_text", {"text": "budget"}), (0, 0)),
    (("select_text", {"text": "Lead"}), (0, 0)),
    (("select_table", {"number": 1}), (0, 0)),
    (("select_range", {"start": (9, 0), "end": (1, 1)}), (0, 0)),  # refused
    (("select_text", {"text": "absent"}), (0, 0)),  # refused
    (("move", {"unit": "lightyear"}), (1, 1)),  # refused
]  # fmt: skip


def test_moves_and_selections_agree(lo):
    assert_moves_agree(lo, SPEC, CASES)


def test_home_and_end_in_a_wrapped_paragraph_are_the_known_difference(lo):
    """The simulator has no page layout: a paragraph is one line, so Home/End go to its start
    and end. LibreOffice lays out the page and stops at the rendered line's edges, as Word
    does; only the selection differs, never the document."""
    result = run_both(lo, LONG, "end", at=(1, 10))
    assert result.differences == []
    assert result.sim_selection.focus == (1, len(LONG.split("\n")[1]))
    assert result.backend_selection.focus[0] == 1
    assert 10 < result.backend_selection.focus[1] < result.sim_selection.focus[1]


@pytest.mark.parametrize(("count", "at"), [(1, (1, 4)), (-1, (2, 3))])
def test_up_and_down_keep_the_offset_in_the_simulator_and_the_x_position_in_libreoffice(
        lo, count, at):
    """Up/Down: the simulator keeps the character offset (it has no layout); LibreOffice, like
    Word, keeps the on-screen x position, so it lands on another offset of the same paragraph
    unless the characters before it are as wide."""
    result = run_both(lo, SPEC, ("move", {"unit": "line", "count": count}), at=at)
    assert result.differences == []
    sim, backend = result.sim_selection.focus, result.backend_selection.focus
    assert sim == (at[0] + count, at[1])
    assert backend[0] == sim[0] and backend != sim


def test_a_selection_from_the_body_into_a_table_cell_stays_at_its_anchor(lo):
    """LibreOffice's view cursor cannot hold a selection from the body into a table cell over
    UNO: the backend leaves the caret at the anchor and says so when asked (the mirror then
    records a selection difference) instead of failing."""
    doc = WordDocument.build("First.\nSecond.")
    doc.set_selection((1, 7))
    doc.execute("insert_table", rows=1, columns=2)
    lo.load(doc.save())
    lo.select(Selection(Position(0, 0), Position(2, 0)))  # paragraph 2: the first cell
    assert lo.selection() == Selection(Position(0, 0), Position(0, 0))
    lo.select(Selection(Position(0, 2), Position(1, 3)))  # within the body: exact again
    assert lo.selection() == Selection(Position(0, 2), Position(1, 3))
