"""UFO dataflow's control matching: fuzzywuzzy's partial_ratio and the best control for a step."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from wordsim.actions import match_control, partial_ratio

CONTROLS = [
    {"label": "1", "control_text": "Home", "control_type": "TabItem"},
    {"label": "2", "control_text": "Insert", "control_type": "TabItem"},
    {"label": "3", "control_text": "Bold (Ctrl+B)", "control_type": "Button"},
    {"label": "4", "control_text": "Italic (Ctrl+I)", "control_type": "Button"},
    {"label": "5", "control_text": "Font", "control_type": "ComboBox"},
    {"label": "6", "control_text": "Font Size", "control_type": "ComboBox"},
    {"label": "7", "control_text": "Table", "control_type": "Button"},
    {"label": "8", "control_text": "Bullets", "control_type": "Button"},
    {"label": "9", "control_text": "Bullets", "control_type": "MenuItem"},
    {"label": "10", "control_text": "", "control_type": "Button"},
]


@pytest.mark.parametrize(("a", "b", "score"), [
    # fuzzywuzzy's published examples (SeatGeek's introduction of the library)
    ("this is a test", "this is a test!", 100),
    ("YANKEES", "NEW YORK YANKEES", 100),
    ("NEW YORK METS", "NEW YORK YANKEES", 69),
    ("New York Mets vs Atlanta Braves", "Atlanta Braves vs New York Mets", 45),
    # control names
    ("Bold (Ctrl+B)", "Bold", 100),
    ("Table", "Insert Table", 100),
    ("Bold", "bold", 75),  # case-sensitive, as in UFO
    ("Table", "Tabel", 80),
    ("Numbering", "Bullets", 29),
    ("Footer", "Header", 33),
    ("same", "same", 100),
    ("", "", 100),
    ("", "Bold", 0),
    (None, "Bold", 0),
])
def test_partial_ratio_matches_fuzzywuzzy(a, b, score):
    assert partial_ratio(a, b) == score
    if a is None or b is None or len(a) != len(b):  # equal lengths: the first is "shorter"
        assert partial_ratio(b, a) == score


@pytest.mark.parametrize(("text", "label"), [
    ("Bold", "3"),  # "Bold" vs "Bold (Ctrl+B)"
    ("Insert Table", "2"),  # both "Insert" and "Table" score 100: tree order, as in UFO
    ("Font", "5"),  # exact beats "Font Size" (both 100)
    ("Font Size", "6"),
    ("Tabel", "7"),  # 80: a typo still matches
    ("bold", "3"),  # 75
    ("Insert", "2"),
    ("Numbering", None),  # best is 29
    ("Paste", None),
    ("", None),
    (None, None),
])
def test_match_control(text, label):
    chosen = match_control(CONTROLS, text)
    assert (chosen["label"] if chosen else None) == label


def test_a_step_may_name_more_than_the_control():
    table = [c for c in CONTROLS if c["label"] != "2"]
    assert match_control(table, "Insert Table")["label"] == "7"


def test_ties_go_to_the_type_then_to_tree_order():
    assert match_control(CONTROLS, "Bullets")["label"] == "8"
    assert match_control(CONTROLS, "Bullets", control_type="MenuItem")["label"] == "9"
    assert match_control(CONTROLS, "Bullets", control_type="Edit")["label"] == "8"


def test_threshold_is_adjustable():
    assert partial_ratio("Bold", "Bald") == 75
    assert match_control(CONTROLS, "Bald")["label"] == "3"
    assert match_control(CONTROLS, "Bald", threshold=80) is None
    assert match_control(CONTROLS, "Bold (Ctrl+B)", threshold=100)["label"] == "3"


def test_controls_may_be_objects():
    @dataclass
    class Control:
        label: str
        control_text: str
        control_type: str

    controls = [Control("1", "Bold", "Button"), Control("2", "Italic", "Button")]
    assert match_control(controls, "Italic (Ctrl+I)") is controls[1]
    assert match_control(iter(controls), "Bold") is controls[0]
