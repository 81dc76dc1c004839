"""Page Up / Page Down and the Find and Replace dialog's Go To tab, through the page layout:
where the caret lands is checked by typing there, saving and reopening."""

from __future__ import annotations

import pytest

from wordsim.document.builder import build_bytes

from .helpers import open_session, para

FILLER = "lorem ipsum dolor sit amet " * 8
SPEC = "\n".join(f"# Heading {h}\n" + "\n".join(f"Body {h}.{i} {FILLER}" for i in range(8))
                 for h in range(6)) + "\n| A1 | B1 |\n| A2 | B2 |\nEnd."


@pytest.fixture
def d():
    return open_session(build_bytes(SPEC))


def _layout(d):
    return d.s.pointer.layout(d.s, d.s.ui.model.by_id["document"].rectangle)


def _caret_page(d) -> int:
    """1-based page of the caret in the session's page layout."""
    layout = _layout(d)
    focus = d.s.doc.selection.focus
    return layout.page_of(layout.lines[layout.line_index(focus.para, focus.offset)]) + 1


def _go(d, what: str, text: str, button: str = "Next"):
    d.click(what, "ListItem")
    d.type_into("Enter page number:", text, "Edit", clear=True)
    return d.click(button, "Button")


def _typed_at(d, marker: str = "@") -> str:
    """Close the dialog, type `marker` at the caret and return its reopened paragraph text."""
    d.keys("{ESC}")
    d.type_text(marker)
    return para(d.reopen(), marker).text


def test_go_to_page(d):
    assert _layout(d).pages >= 4
    d.keys("^g")
    assert _go(d, "Page", "3").message == "Went to page 3."
    assert _caret_page(d) == 3
    layout, focus = _layout(d), d.s.doc.selection.focus
    line = layout.lines[layout.line_index(focus.para, focus.offset)]
    assert d.s.pointer.scroll <= line.top < d.s.pointer.scroll + 900  # scrolled into view
    assert layout.page_of(layout.lines[layout.line_index(focus.para, focus.offset) - 1]) == 1
    _go(d, "Page", "-1")
    assert _caret_page(d) == 2
    _go(d, "Page", "")  # blank: the next page
    assert _caret_page(d) == 3
    d.click("Previous", "Button")
    assert _caret_page(d) == 2
    _go(d, "Page", "99")  # past the end: the last page, as Word does
    assert _caret_page(d) == _layout(d).pages


def test_go_to_heading_then_type(d):
    d.keys("^g")
    assert _go(d, "Heading", "3").message == "Went to heading 3."
    assert _typed_at(d) == "@Heading 2"


def test_go_to_next_and_previous_heading(d):
    d.keys("^g")
    _go(d, "Heading", "4")
    d.type_into("Enter page number:", "", "Edit", clear=True)
    d.click("Previous", "Button")
    assert _typed_at(d) == "@Heading 2"


def test_go_to_table_then_type(d):
    d.keys("^g")
    _go(d, "Table", "1")
    d.keys("{ESC}")
    d.type_text("X")
    assert d.reopen().tables[0].cell(0, 0).text == "XA1"


def test_go_to_line(d):
    d.keys("^g")
    layout = _layout(d)
    line = layout.lines[4]
    _go(d, "Line", "5")
    assert tuple(d.s.doc.selection.focus) == (line.para, line.start)


@pytest.mark.parametrize("what, text, words", [
    ("Page", "abc", "is not a number"),
    ("Heading", "99", "there is no heading 99"),
    ("Table", "2", "there is no table 2"),
])
def test_go_to_mistakes_are_results(d, what, text, words):
    d.keys("^g")
    d.click(what, "ListItem")
    d.type_into("Enter page number:", text, "Edit", clear=True)
    result = d.step({"function": "keyboard_input", "args": {"keys": "{ENTER}"}}, ok=False)
    assert words in result.message
    assert d.s.ui.dialog == "find_replace"  # the dialog stays open


def test_page_down_and_up_move_by_a_page_in_the_same_column(d):
    d.s.step({"function": "select_text", "args": {"text": "Body 0.1"}})
    d.keys("{RIGHT}")
    start = d.s.doc.selection.focus
    layout = _layout(d)
    x0 = layout.point_of(*start)[0]
    d.keys("{PGDN}")
    assert _caret_page(d) == 2
    assert abs(_layout(d).point_of(*d.s.doc.selection.focus, d.s.pointer.scroll)[0] - x0) \
        <= layout.lines[0].char_w
    d.keys("{PGUP}")
    assert tuple(d.s.doc.selection.focus) == tuple(start)
    d.keys("{PGUP}{PGUP}")  # clamped at the first line
    assert _caret_page(d) == 1 and d.s.doc.selection.focus.para == 0


def test_shift_page_down_extends_the_selection(d):
    d.keys("^{HOME}+{PGDN}")
    sel = d.s.doc.selection
    assert tuple(sel.anchor) == (0, 0) and _caret_page(d) == 2
    d.keys("^b")
    reopened = d.reopen()
    assert all(r.bold for r in para(reopened, "Body 0.1").runs)
    assert not any(r.bold for r in para(reopened, "Body 5.7").runs)
