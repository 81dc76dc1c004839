"""A selection over mixed formatting shows as in Word: toggles pressed only when all of the
selected text has the property; the Font and Font Size boxes blank when fonts or sizes
differ; the Font dialog opens with those boxes blank and its OK leaves them alone."""

from __future__ import annotations

import pytest

from .helpers import open_session, para, run_at


@pytest.fixture
def d():
    return open_session()


def _value(d, name: str):
    return d.state_of(name, "ComboBox").get("value")


@pytest.mark.parametrize("text, pressed", [
    ("bold", True),  # all bold
    ("Second bold", False),  # part bold
    ("Second", False),  # none bold
])
def test_bold_is_pressed_only_when_all_is_bold(d, text, pressed):
    d.select(text)
    assert d.state_of("Bold", "Button")["pressed"] is pressed


def test_italic_and_bold_over_two_runs(d):
    d.select("bold and italic")
    assert d.state_of("Bold", "Button")["pressed"] is False
    assert d.state_of("Italic", "Button")["pressed"] is False


def test_bold_click_on_a_mixed_selection_bolds_it_all_and_then_shows_pressed(d):
    d.select("Second bold")
    d.click("Bold", "Button")
    assert d.state_of("Bold", "Button")["pressed"] is True
    assert run_at(d.reopen(), "Second bold").bold is True


def test_font_and_size_boxes_blank_when_they_differ(d):
    d.select("Alpha beta")
    assert _value(d, "Font") and _value(d, "Font Size") == "11"
    d.select("beta")
    d.type_into("Font", "Georgia", "ComboBox")
    d.keys("{ENTER}")
    d.select("Alpha beta")
    assert _value(d, "Font") == "" and _value(d, "Font Size") == "11"
    d.select("beta")
    d.type_into("Font Size", "20", "ComboBox")
    d.keys("{ENTER}")
    d.select("Alpha beta")
    assert _value(d, "Font Size") == ""
    label = d.label("Font Size", "ComboBox")
    assert d.on("texts", label).message == ""  # the box reads blank, not an error


def test_a_caret_shows_the_run_it_is_in(d):
    d.select("Topic heading line")
    d.keys("{RIGHT}")
    assert _value(d, "Font") == "Calibri" and _value(d, "Font Size") == "14"


def test_the_font_dialog_opens_blank_and_ok_keeps_each_runs_font(d):
    d.select("Topic heading line")
    d.keys("+{DOWN}")  # the heading (14 pt Calibri) and the next line (11 pt Cambria)
    assert _value(d, "Font") == "" and _value(d, "Font Size") == ""
    d.click("Font Settings")
    assert d.s.ui.fields["font"] == "" and d.s.ui.fields["size"] == ""
    d.keys("%k")  # strikethrough for all; the blank boxes are not applied
    d.click("OK")
    doc = d.reopen()
    assert run_at(doc, "Topic").font.strike and para(doc, "Alpha").runs[0].font.strike
    assert d.s.step({"function": "select_text", "args": {"text": "Topic"}}).ok
    assert _value(d, "Font Size") == "14"
