"""Typing and deleting on LibreOffice agree with the simulator: type_text, enter, backspace,
delete (by character and by word) and tab, from carets and selections, with undo and redo."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree

SPEC = "# Notes\nThe budget was **approved** on Monday.\nHiring starts in May.\n\nClosing remarks."


@pytest.mark.parametrize(("steps", "at"), [
    ([("type_text", {"text": "Hello"})], (1, 4)),
    ([("type_text", {"text": "Hello"})], (3, 0)),
    ([("type_text", {"text": "X"})], (1, 0)),
    ([("type_text", {"text": "more"})], (1, 19)),  # right after the bold word: bold
    ([("type_text", {"text": "two\nlines\nthree"})], (2, 6)),
    ([("type_text", {"text": "new"})], ((1, 4), (1, 10))),
    ([("type_text", {"text": "across"})], ((1, 20), (2, 6))),
    ([("type_text", {"text": "back"})], ((2, 6), (1, 20))),
    (["enter"], (1, 4)),
    (["enter"], (0, 0)),
    (["enter"], (0, 5)),
    (["enter"], ((1, 4), (1, 10))),
    (["tab"], (2, 0)),
    (["backspace"], (1, 4)),
    (["backspace"], (1, 0)),
    (["backspace"], (0, 0)),
    (["backspace"], ((1, 4), (2, 3))),
    ([("backspace", {"word": True})], (1, 10)),
    ([("backspace", {"word": True})], (1, 7)),
    (["delete"], (1, 4)),
    (["delete"], (1, 38)),
    (["delete"], (4, 16)),
    ([("delete", {"word": True})], (1, 4)),
    ([("delete", {"word": True})], (1, 6)),
    (["enter", ("type_text", {"text": "x"}), "undo"], (1, 4)),
    ([("type_text", {"text": "a"}), ("type_text", {"text": "b"}), "undo", "undo", "redo"],
     (2, 0)),
])  # fmt: skip
def test_typing_and_deleting_agree(lo, steps, at):
    assert_agree(lo, SPEC, *steps, at=at)
