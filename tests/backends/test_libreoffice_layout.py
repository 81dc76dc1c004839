"""Page layout commands and breaks on LibreOffice agree with the simulator: same document (the
normalised views of both saved files), same message and selection, same refusals, and one undo
takes the command back."""

from __future__ import annotations

import pytest

from wordsim.backends.base import BackendError
from wordsim.backends.compare import compare
from wordsim.document import WordDocument

from .lo_both import SPEC, both, refusals, start


def _with(*steps) -> WordDocument:
    """SPEC after simulator commands (name, args): a starting document."""
    doc = WordDocument.build(SPEC)
    for name, args in steps:
        doc.execute(name, **args)
    return doc


TWO_SECTIONS = (("select_range", {"start": [2, 0], "end": [2, 0]}), ("section_break", {}))
LANDSCAPE = (("orientation", {"value": "landscape"}),)


@pytest.mark.parametrize(("start_", "at", "command", "args"), [
    ((), (1, 4), "orientation", {"value": "landscape"}),
    ((), (1, 4), "margins", {"preset": "Narrow"}),
    ((), (1, 4), "margins", {"preset": "Mirrored"}),
    ((), (1, 4), "margins", {"top": 0.5, "left": 1.5}),
    ((), (1, 4), "gutter", {"inches": 0.5}),
    ((), (1, 4), "page_size", {"size": "A4"}),
    ((), (1, 4), "page_size", {"size": "Legal"}),
    ((), (1, 4), "columns", {"count": 3, "spacing": 0.25}),
    ((), (1, 4), "page_break", {}),
    ((), (2, 0), "page_break", {}),
    ((), ((1, 4), (1, 10)), "page_break", {}),
    ((), (1, 4), "section_break", {}),
    ((), ((1, 4), (2, 6)), "section_break", {"kind": "next_page"}),
    (LANDSCAPE, (1, 4), "orientation", {"value": "portrait"}),
    (LANDSCAPE, (1, 4), "page_size", {"size": "A5"}),
    (LANDSCAPE, (1, 4), "margins", {"bottom": 0.3, "right": 2}),
    (LANDSCAPE, (1, 4), "columns", {"count": 2, "spacing": 1}),
    (TWO_SECTIONS, (0, 0), "orientation", {"value": "landscape"}),
    (TWO_SECTIONS, (3, 2), "page_size", {"size": "A4"}),
    (TWO_SECTIONS, ((1, 3), (3, 5)), "margins", {"preset": "Wide"}),
])  # fmt: skip
def test_each_command_agrees_and_undoes(lo, start_, at, command, args):
    at = (at, at) if isinstance(at[0], int) else at
    out = both(lo, command, doc=_with(*start_), at=at, **args)
    assert out.diffs == []
    assert out.lo_message == out.sim_message
    assert out.undone == []


def test_two_page_breaks_in_a_row_make_a_blank_page_alike(lo):
    out = both(lo, "page_break", doc=_with(("select_range", {"start": [2, 0], "end": [2, 0]}),
                                           ("page_break", {})), at=((3, 0), (3, 0)))
    assert out.diffs == []
    assert out.undone == []


@pytest.mark.parametrize(("command", "args"), [
    ("orientation", {"value": "portrait"}), ("columns", {"count": 1}),
])  # fmt: skip
def test_a_setting_already_in_place_changes_nothing(lo, command, args):
    assert both(lo, command, undo=False, **args).diffs == []


def test_commands_one_after_another_agree(lo):
    doc = start(lo, None, ((0, 0), (0, 0)))
    for command, args in (("orientation", {"value": "landscape"}), ("page_size", {"size": "A4"}),
                          ("margins", {"top": 0.75}), ("columns", {"count": 2}),
                          ("gutter", {"inches": 0.25}), ("section_break", {}),
                          ("orientation", {"value": "portrait"})):
        assert lo.execute(command, **args) == doc.execute(command, **args).message
    assert compare(doc.save(), lo.save()) == []


def test_mistakes_are_refused_alike_and_change_nothing(lo):
    messages = refusals(lo, [
        ("orientation", {"value": "sideways"}), ("margins", {}),
        ("margins", {"preset": "Huge"}), ("margins", {"left": 5, "right": 4}),
        ("margins", {"top": "one"}), ("gutter", {"inches": 7}), ("gutter", {"inches": -1}),
        ("page_size", {"size": "Tabloid"}), ("columns", {"count": 0}),
        ("columns", {"count": 13}), ("section_break", {"kind": "weekly"}),
    ])  # fmt: skip
    expected = ["Unknown orientation", "Give a margins preset", "Unknown margins preset",
                "too large", "number of inches", "too large", "between 0 and 22",
                "Unknown page size", "whole number", "at least 0.5 inch", "Unknown section break"]
    assert all(e in m for e, m in zip(expected, messages, strict=True)), messages


def test_a_section_break_in_a_table_is_refused(lo):
    doc = _with(("select_range", {"start": [3, 0], "end": [3, 0]}),
                ("insert_table", {"rows": 2, "columns": 2}))
    at = (doc.selection.start,)
    assert "in a table" in refusals(lo, [("section_break", {})], doc=doc, at=at)[0]


def test_known_difference_other_section_breaks_are_not_made(lo):
    """LibreOffice keeps a continuous section as a text section and an odd/even page start as
    a page style of right/left pages only; the backend makes neither, so it fails (BackendError,
    the mirror records it as refused) rather than insert another kind of break, and the
    document stays as it was."""
    doc = start(lo, None, ((1, 4), (1, 4)))
    for kind in ("continuous", "even_page", "odd_page"):
        with pytest.raises(BackendError, match=f"{kind} section breaks are not supported"):
            lo.execute("section_break", kind=kind)
    assert compare(doc.save(), lo.save()) == []
