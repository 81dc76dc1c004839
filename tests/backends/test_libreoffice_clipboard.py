"""Copy, cut and paste on LibreOffice agree with the simulator, with each Paste Option: keep
source formatting, merge formatting and keep text only, within and across paragraphs."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree

SPEC = ("# Notes\nThe **bold budget** was *approved* on Monday.\nHiring starts in May.\n"
        "Closing remarks.")


def _select(start, end) -> tuple[str, dict]:
    return ("select_range", {"start": start, "end": end})


@pytest.mark.parametrize(("copied", "target", "keep"), [
    (((1, 4), (1, 15)), (3, 0), "source"),  # "bold budget": bold inside a paragraph, to a start
    (((1, 4), (1, 15)), (3, 0), "merge"),
    (((1, 0), (1, 24)), (2, 6), "source"),  # partly bold, into the middle of a word
    (((1, 0), (1, 24)), (2, 6), "merge"),
    (((1, 0), (1, 24)), (2, 6), "text"),
    (((0, 2), (1, 8)), (3, 16), "source"),  # across a heading and a body paragraph, to an end
    (((0, 2), (1, 8)), (3, 16), "text"),
    (((1, 0), (2, 21)), ((3, 0), (3, 7)), "source"),  # whole paragraphs over a selection
    (((1, 0), (2, 21)), ((3, 0), (3, 7)), "merge"),
])  # fmt: skip
def test_copy_then_paste_agrees(lo, keep, copied, target):
    paste_at = _select(*target) if isinstance(target[0], tuple) else _select(target, target)
    assert_agree(lo, SPEC, _select(*copied), "copy", paste_at, ("paste", {"keep": keep}))


def test_cut_then_paste_agrees(lo):
    assert_agree(lo, SPEC, _select((1, 4), (1, 16)), "cut", _select((2, 0), (2, 0)), "paste")


def test_cut_across_paragraphs_then_undo_agrees(lo):
    assert_agree(lo, SPEC, _select((1, 30), (2, 6)), "cut", "undo")


def test_nothing_selected_or_nothing_copied_is_refused_by_both(lo):
    result = assert_agree(lo, SPEC, "copy", "cut", at=(1, 3))
    assert [i for i, _ in result.backend_refused] == [0, 1]
