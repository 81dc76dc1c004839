"""Character formatting on LibreOffice agrees with the simulator: the toggles (on a selection,
on the word around a caret, pending at a caret), fonts, sizes, colours, highlight, case,
Grow/Shrink Font and Clear Formatting."""

from __future__ import annotations

import pytest

from tests.backends.agreement import assert_agree, run_both

SPEC = ("# Notes\nThe **bold budget** was *approved* on Monday.\nHiring starts in May.\n"
        "Closing remarks.")
TOGGLES = ["bold", "italic", "strikethrough", "double_strikethrough", "subscript",
           "superscript", "all_caps", "small_caps", "hidden"]
SELECTION = ((1, 0), (1, 24))  # partly bold, partly plain
WORD = (2, 9)  # inside "starts"
CARET = (3, 0)  # no word around: pending for the next typing


@pytest.mark.parametrize("command", TOGGLES)
def test_toggles_agree(lo, command):
    assert_agree(lo, SPEC, command, at=SELECTION)


@pytest.mark.parametrize("command", ["bold", "italic", "superscript"])
def test_toggles_on_the_word_around_the_caret_agree(lo, command):
    assert_agree(lo, SPEC, command, at=WORD)


@pytest.mark.parametrize("command", ["bold", "strikethrough", "double_strikethrough",
                                     "small_caps"])
def test_toggle_twice_and_explicit_off_agree(lo, command):
    assert_agree(lo, SPEC, command, command, (command, {"on": False}), at=((1, 4), (1, 20)))


@pytest.mark.parametrize("command", ["bold", "italic", "subscript", "all_caps"])
def test_pending_toggles_agree(lo, command):
    assert_agree(lo, SPEC, command, ("type_text", {"text": "New "}), at=CARET)


@pytest.mark.parametrize(("command", "args", "at"), [
    ("underline", {}, SELECTION),
    ("underline", {"style": "double"}, WORD),
    ("underline_style", {"style": "wave"}, SELECTION),
    ("underline_style", {"style": "none"}, WORD),
    ("font_style", {"style": "bold italic"}, SELECTION),
    ("font_style", {"style": "regular"}, WORD),
    ("font_name", {"font": "Arial"}, SELECTION),
    ("font_size", {"size": 15}, WORD),
    ("font_size", {"size": "9.5pt"}, SELECTION),
    ("font_color", {"color": "red"}, WORD),
    ("font_color", {"color": "#1F4E79"}, SELECTION),
    ("font_color", {"color": "automatic"}, WORD),
    ("highlight", {}, SELECTION),
    ("highlight", {"color": "green"}, WORD),
    ("highlight", {"color": None}, SELECTION),
    ("grow_font", {}, WORD),
    ("shrink_font", {}, SELECTION),
    ("grow_font_step", {}, WORD),
    ("shrink_font_step", {}, SELECTION),
    ("change_case", {"mode": "upper"}, WORD),
    ("change_case", {"mode": "lower"}, SELECTION),
    ("change_case", {"mode": "title"}, WORD),
    ("change_case", {"mode": "sentence"}, SELECTION),
    ("change_case", {"mode": "toggle"}, WORD),
    ("clear_formatting", {}, SELECTION),
    ("clear_formatting", {"scope": "characters"}, WORD),
])  # fmt: skip
def test_formatting_commands_agree(lo, command, args, at):
    assert_agree(lo, SPEC, (command, args), at=at)


def test_formatting_in_a_heading_then_clearing_it_agrees(lo):
    assert_agree(lo, SPEC, "italic", ("font_color", {"color": "blue"}), "clear_formatting",
                 at=((0, 0), (0, 5)))


def test_pending_font_and_size_then_typing_agree(lo):
    assert_agree(lo, SPEC, ("font_name", {"font": "Arial"}), ("font_size", {"size": 20}),
                 ("type_text", {"text": "Big"}), at=CARET)


@pytest.mark.parametrize("command", ["underline", "underline_style"])
def test_words_only_underline_is_saved_as_single_by_libreoffice(lo, command):
    """LibreOffice underlines words only (CharWordMode) but its .docx export writes that as a
    plain single underline, so a "words" underline cannot survive the round trip."""
    result = run_both(lo, SPEC, (command, {"style": "words"}), at=SELECTION)
    assert {(d.property, d.sim, d.backend) for d in result.differences} == {
        ("underline", "words", "single")}
    assert result.sim_selection == result.backend_selection
