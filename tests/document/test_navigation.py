"""Caret and selection commands: Find-style selection, arrow keys, Home/End, Ctrl+Home/End."""

from __future__ import annotations

import pytest

from tests.document.conftest import reopen
from wordsim.document import CommandError, Position, Selection, WordDocument
from wordsim.document.navigation import word_stops
from wordsim.document.xml import make

SPEC = "# Title\nHello, big  world.\n.\n| a | bb |\n| c | dd |\nThe end\n| x |"


def sel(doc) -> tuple:
    return tuple(doc.selection.anchor), tuple(doc.selection.focus)


def run(doc, name, **args):
    """Run a navigation command; it must leave the saved bytes alone and make no undo step."""
    before = doc.save()
    change = doc.execute(name, **args)
    assert not change.edited and not doc.history.undo_stack
    assert doc.save() == before
    return change


# --------------------------------------------------------------------- select_text
def test_select_text_selects_the_first_match_and_typing_replaces_it():
    doc = WordDocument.build("one two\nsay two again")
    assert run(doc, "select_text", text="two").message == "Text two is selected."
    assert sel(doc) == ((0, 4), (0, 7))
    doc.execute("type_text", text="2")
    assert [p.text for p in reopen(doc).paragraphs] == ["one 2", "say two again"]


def test_select_text_is_case_sensitive_and_reports_ufo_message():
    doc = WordDocument.build(SPEC)
    b0 = doc.save()
    with pytest.raises(CommandError, match=r"^Text HELLO is not found\.$"):
        doc.execute("select_text", text="HELLO")
    assert doc.save() == b0 and sel(doc) == ((0, 0), (0, 0))


def test_select_text_finds_text_in_table_cells():
    doc = WordDocument.build(SPEC)
    run(doc, "select_text", text="dd")
    assert sel(doc) == ((6, 0), (6, 2))


def test_select_text_does_not_match_across_paragraphs():
    doc = WordDocument.build("ab\ncd")
    with pytest.raises(CommandError):
        doc.execute("select_text", text="b\ncd")


# --------------------------------------------------------------------- select_paragraphs
def test_select_paragraphs_counts_only_non_empty_paragraphs():
    doc = WordDocument.build(SPEC)  # story: Title, Hello, "", a, bb, c, dd, The end, x
    msg = run(doc, "select_paragraphs", start_index=2, end_index=3).message
    assert msg == "Paragraph from 2 to 3 is selected."
    assert sel(doc) == ((1, 0), (3, 1))  # the empty paragraph is skipped


def test_select_paragraphs_with_empty_ones_and_to_the_end():
    doc = WordDocument.build(SPEC)
    run(doc, "select_paragraphs", start_index=3, end_index=3, non_empty=False)
    assert sel(doc) == ((2, 0), (2, 0))
    run(doc, "select_paragraphs", start_index=2, end_index=-1)
    assert sel(doc) == ((1, 0), (8, 1))


@pytest.mark.parametrize("start,end", [(20, 20), (2, 1), (1, 30), (2, 0)])
def test_select_paragraphs_out_of_range(start, end):
    doc = WordDocument.build(SPEC)
    with pytest.raises(CommandError, match="out of range"):
        doc.execute("select_paragraphs", start_index=start, end_index=end)
    assert sel(doc) == ((0, 0), (0, 0))


# --------------------------------------------------------------------- select_table
def test_select_table_spans_first_to_last_cell():
    doc = WordDocument.build(SPEC)
    assert run(doc, "select_table", number=1).message == "Table 1 is selected."
    assert sel(doc) == ((3, 0), (6, 2))
    run(doc, "select_table", number=2)
    assert sel(doc) == ((8, 0), (8, 1))


@pytest.mark.parametrize("number", [0, 3, -1, None])
def test_select_table_out_of_range_uses_ufo_message(number):
    doc = WordDocument.build(SPEC)
    with pytest.raises(CommandError, match=rf"^Table number {number} is out of range\.$"):
        doc.execute("select_table", number=number)


# --------------------------------------------------------------------- select_all / range
def test_select_all_and_select_range():
    doc = WordDocument.build(SPEC)
    run(doc, "select_all")
    assert sel(doc) == ((0, 0), (8, 1))
    run(doc, "select_range", start=[1, 7], end=[0, 2])  # backwards: the focus is at `end`
    assert doc.selection == Selection(Position(1, 7), Position(0, 2))
    assert doc.selection.start == (0, 2)


@pytest.mark.parametrize(
    "start,end", [((9, 0), (0, 0)), ((0, 6), (0, 0)), ((0, -1), (0, 0)), (3, 4)]
)
def test_select_range_rejects_bad_positions(start, end):
    doc = WordDocument.build(SPEC)
    with pytest.raises(CommandError):
        doc.execute("select_range", start=start, end=end)


# --------------------------------------------------------------------- arrow keys
def test_character_moves_cross_paragraph_boundaries():
    doc = WordDocument.build("ab\ncd")
    doc.set_selection((0, 1))
    run(doc, "move", unit="character", count=2)
    assert sel(doc) == ((1, 0), (1, 0))
    run(doc, "move", unit="character", count=-1)
    assert sel(doc) == ((0, 2), (0, 2))
    run(doc, "move", unit="character", count=-10)
    assert sel(doc) == ((0, 0), (0, 0))
    run(doc, "move", unit="character", count=10)
    assert sel(doc) == ((1, 2), (1, 2))


def test_left_right_on_a_selection_collapse_it_first():
    doc = WordDocument.build("abcdef")
    doc.set_selection((0, 2), (0, 4))
    run(doc, "move", unit="character", count=-1)
    assert sel(doc) == ((0, 2), (0, 2))
    doc.set_selection((0, 4), (0, 2))
    run(doc, "move", unit="character", count=1)
    assert sel(doc) == ((0, 4), (0, 4))
    doc.set_selection((0, 2), (0, 4))
    run(doc, "move", unit="character", count=2)
    assert sel(doc) == ((0, 5), (0, 5))


def test_extend_moves_only_the_focus():
    doc = WordDocument.build("abcdef\nxyz")
    doc.set_selection((0, 2), (0, 4))
    run(doc, "move", unit="character", count=-3, extend=True)
    assert sel(doc) == ((0, 2), (0, 1))
    run(doc, "move", unit="line", count=1, extend=True)
    assert sel(doc) == ((0, 2), (1, 1))
    run(doc, "move", unit="word", count=1, extend=True)
    assert sel(doc) == ((0, 2), (1, 3))


def test_word_stops_follow_words_punctuation_and_spaces():
    assert word_stops("Hello, big  world.") == [0, 5, 7, 12, 17, 18]
    assert word_stops("  don't stop") == [0, 2, 8, 12]
    assert word_stops("a\tb") == [0, 1, 2, 3]
    assert word_stops("") == [0]


def test_ctrl_right_and_ctrl_left_walk_words_and_paragraph_marks():
    doc = WordDocument.build("Hello, big  world.\nNext one")
    stops = []
    for _ in range(7):
        run(doc, "move", unit="word", count=1)
        stops.append(tuple(doc.selection.focus))
    assert stops == [(0, 5), (0, 7), (0, 12), (0, 17), (0, 18), (1, 0), (1, 5)]
    run(doc, "move", unit="word", count=-2)
    assert sel(doc) == ((0, 18), (0, 18))
    doc.set_selection((0, 14))  # inside "world": Ctrl+Left goes to its start
    run(doc, "move", unit="word", count=-1)
    assert sel(doc) == ((0, 12), (0, 12))


def test_ctrl_down_and_up_go_to_paragraph_starts():
    doc = WordDocument.build("one\ntwo\nthree")
    doc.set_selection((1, 2))
    run(doc, "move", unit="paragraph", count=-1)
    assert sel(doc) == ((1, 0), (1, 0))
    run(doc, "move", unit="paragraph", count=-1)
    assert sel(doc) == ((0, 0), (0, 0))
    run(doc, "move", unit="paragraph", count=5)
    assert sel(doc) == ((2, 5), (2, 5))  # Ctrl+Down in the last paragraph goes to its end


def test_up_down_keep_the_offset_clamped():
    doc = WordDocument.build("a long line\nab\nanother long one")
    doc.set_selection((0, 8))
    run(doc, "move", unit="line", count=1)
    assert sel(doc) == ((1, 2), (1, 2))
    run(doc, "move", unit="line", count=-1)
    assert sel(doc) == ((0, 2), (0, 2))
    run(doc, "move", unit="line", count=-1)  # Up on the first line stays
    assert sel(doc) == ((0, 2), (0, 2))
    run(doc, "move", unit="line", count=9)
    assert sel(doc) == ((2, 2), (2, 2))


def test_document_unit_home_end_and_ctrl_home_end():
    doc = WordDocument.build("one\ntwo words")
    doc.set_selection((1, 3))
    run(doc, "home")
    assert sel(doc) == ((1, 0), (1, 0))
    run(doc, "end", extend=True)
    assert sel(doc) == ((1, 0), (1, 9))
    run(doc, "document_start", extend=True)
    assert sel(doc) == ((1, 0), (0, 0))
    run(doc, "document_end")
    assert sel(doc) == ((1, 9), (1, 9))
    run(doc, "move", unit="document", count=-1)
    assert sel(doc) == ((0, 0), (0, 0))


def test_move_rejects_unknown_units_and_bad_counts():
    doc = WordDocument.build("x")
    with pytest.raises(CommandError, match="Unknown unit"):
        doc.execute("move", unit="sentence")
    with pytest.raises(CommandError, match="integer"):
        doc.execute("move", unit="word", count=1.5)


def test_moving_forgets_pending_formatting_but_staying_keeps_it():
    doc = WordDocument.build("abc")
    doc.pending_rpr = make("w:rPr", None, make("w:b"))
    run(doc, "move", unit="character", count=-1)  # already at the start: no move
    assert doc.pending_rpr is not None
    run(doc, "move", unit="character", count=1)
    assert doc.pending_rpr is None
