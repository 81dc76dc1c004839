"""Bulleted and numbered lists on LibreOffice agree with the simulator: the Bullets and Numbering
buttons (apply, toggle off, continue the list above), list levels by Increase/Decrease Indent,
Restart at 1, Set Numbering Value and Continue Numbering; refusals; undo of each."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree, run_both

PLAIN = "# Notes\nThe budget was approved on Monday.\nHiring starts in May.\nClosing remarks."
TWO = ((1, 4), (2, 3))
# builder lists: "1." items use List Number, "-" items List Bullet (numbering from the style)
LISTS = "Intro.\n1. First\n1. Second\nBetween.\n1. Third\n1. Fourth\n- dot one\n- dot two\nEnd."


@pytest.mark.parametrize(("steps", "at"), [
    (["bullets"], TWO),
    ([("bullets", {"style": "o"})], TWO),
    ([("bullets", {"style": "✓"})], (1, 0)),
    (["numbering"], TWO),
    ([("numbering", {"format": "a."})], TWO),
    ([("numbering", {"format": "I."})], (2, 2)),
    ([("numbering", {"format": "1)"})], (0, 0)),  # a heading keeps its style
    (["bullets", "bullets"], TWO),  # the button again: the list is removed
    (["numbering", ("bullets", {"style": "▪"})], TWO),  # switch the kind
    (["numbering", "increase_indent", "increase_indent", "decrease_indent"], TWO),
    (["numbering"], ((3, 2), (1, 0))),  # a backward selection
    (["numbering"], ((1, 0), (3, 2))),
])  # fmt: skip
def test_list_buttons_agree_on_plain_paragraphs(lo, steps, at):
    assert_agree(lo, PLAIN, *steps, at=at)


def test_numbering_continues_the_list_just_above(lo):
    """Numbering a paragraph right below a numbered list of the same format joins that list."""
    assert_agree(lo, PLAIN, "numbering", at=((1, 0), (1, 3)))
    doc = run_both(lo, PLAIN, "numbering", at=(1, 0)).sim_saved
    assert_agree(lo, doc, "numbering", at=(2, 0))


@pytest.mark.parametrize(("steps", "at"), [
    (["numbering"], (1, 0)),  # a "1." item of List Number: numbered differently from 1.
    (["numbering"], (3, 0)),  # between two lists
    (["bullets"], (8, 1)),
    (["numbering"], ((6, 0), (7, 2))),
    (["increase_indent"], (2, 0)),
    (["restart_numbering"], (4, 0)),
    (["restart_numbering"], (2, 0)),
    ([("set_numbering_value", {"n": 5})], (4, 0)),
    ([("set_numbering_value", {"n": "0"})], (1, 3)),
    (["restart_numbering", "continue_numbering"], (4, 0)),
    ([("set_numbering_value", {"n": 3}), "continue_numbering"], (5, 0)),
])  # fmt: skip
def test_list_commands_agree_on_existing_lists(lo, steps, at):
    assert_agree(lo, LISTS, *steps, at=at)


@pytest.mark.parametrize(("step", "at", "message"), [
    ("restart_numbering", (0, 0), "The selection is not in a numbered list."),
    ("restart_numbering", (6, 0), "The selection is not in a numbered list."),  # bullets
    ("continue_numbering", (1, 0), "There is no previous numbered list to continue."),
    (("set_numbering_value", {"n": 1.5}), (4, 0),
     "Numbering value must be a whole number from 0 to 32767, not 1.5."),
    (("set_numbering_value", {"n": -1}), (4, 0),
     "Numbering value must be a whole number from 0 to 32767, not -1."),
    (("bullets", {"style": "#"}), (1, 0),
     "Bullet style must be one of • o ▪ ● ◆ ❖ ➢ ✓ –, not '#'."),
    (("numbering", {"format": "1-"}), (1, 0),
     "Numbering format must be one of 1., 1), (1), a., a), (a), A., A), i., i), I., not '1-'."),
])  # fmt: skip
def test_mistakes_are_refused_and_change_nothing(lo, step, at, message):
    result = assert_agree(lo, LISTS, step, at=at)
    assert result.backend_refused == result.sim_refused == [(0, message)]


@pytest.mark.parametrize(("document", "step", "at"), [
    (PLAIN, "bullets", TWO),
    (PLAIN, ("numbering", {"format": "a)"}), TWO),
    (LISTS, "restart_numbering", (4, 0)),
    (LISTS, ("set_numbering_value", {"n": 7}), (5, 0)),
    (LISTS, "increase_indent", (2, 0)),
])  # fmt: skip
def test_one_undo_step_restores_the_document(lo, document, step, at):
    assert run_both(lo, document, step, at=at).differences == []
    assert_agree(lo, document, step, "undo", at=at)


def test_list_levels_undo_and_redo(lo):
    """LibreOffice leaves list levels set through the API out of its undo stack: the backend
    records them itself (see server/paragraphs.py)."""
    assert_agree(lo, LISTS, "increase_indent", "increase_indent", "undo", "redo", "undo",
                 at=((1, 0), (2, 3)))
