"""A value a dialog box cannot take: OK (or Enter) puts up Word's message box over the dialog,
applies nothing, and its OK (or Esc) returns to the dialog as it was."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from .helpers import (
    caret_before,
    click,
    open_session,
    pristine,
    reopen,
    run_at,
    run_steps,
    sel,
    tab,
    typ,
)

INSERT_TABLE = [caret_before("Last"), tab("Insert"), click("Table", "Button"),
                click("Insert Table...")]


@pytest.mark.parametrize("text, message", [
    ("abc", "This is not a valid number."),
    ("64", "The entry must be between 1 and 63."),
    ("", "This is not a valid number."),
])
@pytest.mark.parametrize("press", ["click", "enter"])
def test_a_bad_number_puts_up_the_message_box_and_applies_nothing(text, message, press):
    d = open_session()
    run_steps(d, [*INSERT_TABLE, typ("Number of columns:", text, "Edit", clear=True)])
    result = d.s.step({"function": "click_input", "control_label": d.label("OK", "Button"),
                       "args": {}} if press == "click" else
                      {"function": "keyboard_input", "args": {"keys": "{ENTER}"}})
    assert not result.ok and message in result.message and "Microsoft Word" in result.message
    assert d.s.ui.dialog == "message_box" and d.s.ui.message == message
    assert d.names() == ["Close", "OK"]  # modal: nothing else is on screen
    assert d.s.doc.save() == pristine()


@pytest.mark.parametrize("dismiss", ["OK", "Close", "{ESC}"])
def test_dismissing_it_returns_to_the_dialog_as_it_was(dismiss):
    d = open_session()
    run_steps(d, [*INSERT_TABLE, typ("Number of columns:", "x7", "Edit", clear=True),
                  typ("Number of rows:", "4", "Edit", clear=True)])
    d.step({"function": "keyboard_input", "args": {"keys": "{ENTER}"}}, ok=False)
    if dismiss.startswith("{"):
        d.keys(dismiss)
    else:
        d.click(dismiss, "Button")
    assert d.s.ui.dialog == "insert_table" and d.s.ui.message is None
    assert d.s.ui.fields["columns"] == "x7" and d.s.ui.fields["rows"] == "4"
    assert d.s.ui.focus == d.s.controls().find("Number of columns:", "Edit")[0].id  # the bad box
    d.type_into("Number of columns:", "3", "Edit", clear=True)
    d.click("OK")
    assert d.s.ui.dialog is None
    assert [(len(t.rows), len(t.columns)) for t in d.reopen().tables][-1] == (4, 3)


def test_a_bad_measurement_in_the_paragraph_dialog():
    d = open_session()
    run_steps(d, [sel("beta"), click("Paragraph Settings"), typ("Left:", "wide", "Edit", True)])
    result = d.step({"function": "keyboard_input", "args": {"keys": "{ENTER}"}}, ok=False)
    assert "This is not a valid measurement." in result.message
    d.click("OK")  # the message box's
    d.type_into("Left:", "0.5", "Edit", clear=True)
    d.click("OK")
    assert d.s.ui.dialog is None
    p = next(p for p in reopen(d.s.doc).paragraphs if "beta" in p.text)
    assert round(p.paragraph_format.left_indent.inches, 2) == 0.5


def test_boxes_left_as_they_opened_are_not_checked():
    """A blank box the user did not touch (the Font dialog's Size with mixed sizes, the
    Advanced tab's By) is not an error: OK applies the rest."""
    d = open_session()
    run_steps(d, [sel("beta"), click("Font Settings"), click("Advanced", "TabItem")])
    assert d.s.ui.fields["spacing_by"] == ""
    d.click("Spacing:", "ComboBox")
    d.click("Expanded", "ListItem")
    d.type_into("By:", "", "Edit", clear=True)  # Expanded by nothing: that one is checked
    assert not d.s.step({"function": "keyboard_input", "args": {"keys": "{ENTER}"}}).ok
    d.keys("{ESC}")
    d.click("Spacing:", "ComboBox")
    d.click("Normal", "ListItem")  # back as it opened: OK applies nothing and closes
    d.keys("{ENTER}")
    assert d.s.ui.dialog is None and d.s.doc.save() == pristine()


def test_checking_kerning_alone_kerns_from_the_texts_size():
    d = open_session()
    run_steps(d, [sel("beta"), click("Font Settings"), click("Advanced", "TabItem")])
    assert d.s.ui.fields["kern_size"] == "11"
    d.keys("%k{ENTER}")
    assert d.s.ui.dialog is None
    rpr = run_at(d.reopen(), "beta")._r.rPr
    assert rpr.find(qn("w:kern")).get(qn("w:val")) == "22"


def test_a_font_size_out_of_range_in_the_font_dialog():
    d = open_session()
    run_steps(d, [sel("beta"), click("Font Settings"), typ("Size:", "2000", "Edit", True)])
    result = d.step({"function": "keyboard_input", "args": {"keys": "{ENTER}"}}, ok=False)
    assert "The entry must be between 1 and 1638." in result.message
