"""Simulator positions ↔ Word character positions: paragraph, cell, end-of-row and section marks,
field codes, pictures and comment references, both ways."""

from __future__ import annotations

import pytest

from wordsim.backends.word import StoryMap
from wordsim.backends.word.positions import one_per_position, row_mark_candidates
from wordsim.document.position import Position, Selection

from .word_helpers import open_word, recorded

# Word's Range.Text of: "Intro", a 2x2 table (cell 1 holds two paragraphs "a" and "b"), then a
# paragraph with a hyperlink field and a picture, a section mark, and "End".
WORD_TEXT = ("Intro\r" "a\rb\r\a" "c\r\a" "\r\a" "d\r\a" "\r\a" "\r\a"
             "Go \x13 HYPERLINK \"http://x\" \x14here\x15!\x01\x0c" "End\r")
SHOWN = ["Intro", "a", "b", "c", "d", "", "Go here!", "End"]


def story() -> StoryMap:
    text = one_per_position(WORD_TEXT)
    rows = [at for at in row_mark_candidates(text) if at in (12, 16)]
    return StoryMap.build(text, section_marks=[text.index("\x0c")], row_marks=rows,
                          objects=[text.index("\x01")])


def test_one_per_position_and_row_marks():
    text = one_per_position(WORD_TEXT)
    assert text.startswith("Intro\ra\rb\a")
    assert len(text) == len(WORD_TEXT) - WORD_TEXT.count("\r\a")
    # an empty cell's mark follows a mark too: Word must tell row marks apart
    assert row_mark_candidates(text) == [12, 15, 16]


def test_paragraphs_are_what_the_simulator_shows():
    m = story()
    assert [m.text(i) for i in range(len(m))] == SHOWN


def test_every_position_round_trips():
    m = story()
    for para, shown in enumerate(SHOWN):
        for offset in range(len(shown) + 1):
            p = Position(para, offset)
            assert m.locate(m.position(p)) == p
            if offset < len(shown):
                assert m.locate(m.position(p, "before")) == p


def test_hidden_characters_fall_on_the_right_side():
    m = story()
    link = 6
    go, here = Position(link, 3), Position(link, 7)  # "Go |here|!"
    start, end = m.span(Selection(go, here))
    text = one_per_position(WORD_TEXT)
    assert text[start:end] == "here"  # the field's result, not its code
    assert m.position(go) == text.index("\x13")  # a caret stays before the field
    assert m.selection(start, end, True) == Selection(here, go)
    # past an end-of-row mark is the next paragraph's start
    assert m.locate(12) == Position(4, 0)


def test_counting_a_selection_like_the_simulator():
    m = story()
    assert m.count(Selection(Position(0, 2), Position(2, 1))) == 3 + 1 + 1 + 1 + 1


def test_bad_positions():
    m = story()
    with pytest.raises(IndexError):
        m.position(Position(8, 0))
    with pytest.raises(IndexError):
        m.position(Position(0, 6))
    with pytest.raises(ValueError):
        StoryMap.build("")


def test_backend_selection_in_table_cells_round_trips():
    """The backend reads Word's story (cell marks as "\\r\\a", row marks asked of Word) and
    sets the selection with SetRange."""
    w, app = open_word("Intro\ra\rb\ac\a\ad\a\a\aEnd\r", row_marks=(12, 16))
    target = Selection(Position(2, 1), Position(3, 0))  # "b|" to "|c"
    w.select(target)
    assert recorded(app)[-1] == ("call", "Selection.SetRange", (9, 10), {})
    assert w.selection() == target
    w.select(Selection(Position(5, 0), Position(5, 0)))  # the empty cell
    assert recorded(app)[-1] == ("call", "Selection.SetRange", (15, 15), {})
    assert w.selection() == Selection(Position(5, 0), Position(5, 0))
    assert [w.story().text(i) for i in range(len(w.story()))] == \
        ["Intro", "a", "b", "c", "d", "", "End"]


def test_select_of_the_current_selection_touches_nothing():
    w, app = open_word(start=0, end=5)
    w.select(Selection(Position(0, 0), Position(0, 5)))
    assert not any(e[0] == "call" and e[1] == "Selection.SetRange" for e in app.log)
