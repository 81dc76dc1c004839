"""Applying styles on LibreOffice agrees with the simulator: paragraph styles the document has,
Word's built-in styles it does not have yet (added with Word's definition), style ids, on a
caret, a selection inside a paragraph and over several paragraphs; character style names are
refused by both (apply_style is the paragraph style gallery)."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree

SPEC = ("# Notes\nThe **bold budget** was *approved* on Monday.\nHiring starts in May.\n"
        "Closing remarks.")


@pytest.mark.parametrize(("style", "at"), [
    ("Heading 1", (2, 3)),
    ("Heading 2", ((1, 4), (2, 6))),
    ("Heading 3", ((2, 0), (2, 6))),
    ("Title", (2, 3)),
    ("Subtitle", ((1, 4), (2, 6))),
    ("Normal", ((2, 0), (2, 6))),
    ("Quote", (2, 3)),
    ("Intense Quote", ((1, 4), (2, 6))),
    ("List Paragraph", ((2, 0), (2, 6))),
    ("No Spacing", (2, 3)),
    ("heading 2", ((1, 4), (2, 6))),
    ("Heading3", ((2, 0), (2, 6))),
])  # fmt: skip
def test_apply_style_agrees(lo, style, at):
    assert_agree(lo, SPEC, ("apply_style", {"style": style}), at=at)


def test_apply_style_then_type_and_undo_agrees(lo):
    assert_agree(lo, SPEC, ("apply_style", {"style": "Heading 2"}), "end", "enter",
                 ("type_text", {"text": "Body"}), at=(2, 3))
    assert_agree(lo, SPEC, ("apply_style", {"style": "Title"}), "undo", at=(3, 0))


def test_a_character_style_name_is_refused_by_both(lo):
    result = assert_agree(lo, SPEC, ("apply_style", {"style": "Strong"}), at=(2, 3))
    assert "character style" in result.backend_refused[0][1]
