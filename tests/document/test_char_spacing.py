"""The Font dialog's Advanced tab commands: character spacing, scale, position and kerning."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    doc = WordDocument.build("plain **bold** text\nsecond line")
    doc.set_selection((0, 0), (0, 5))  # "plain"
    return doc


def _val(doc, local: str, run: int = 0):
    rpr = reopen(doc).paragraphs[0].runs[run]._r.rPr
    el = None if rpr is None else rpr.find(qn(f"w:{local}"))
    return None if el is None else el.get(qn("w:val"))


@pytest.mark.parametrize("name, args, local, want", [
    ("character_spacing", {"points": 1.5}, "spacing", "30"),
    ("character_spacing", {"points": -0.5}, "spacing", "-10"),
    ("character_scale", {"percent": "80%"}, "w", "80"),
    ("character_scale", {"percent": 200}, "w", "200"),
    ("character_position", {"points": 3}, "position", "6"),
    ("character_position", {"points": "-2 pt"}, "position", "-4"),
    ("kerning", {"points": 14}, "kern", "28"),
])
def test_writes_the_property_on_the_selection_only(doc, name, args, local, want):
    undoable(doc, name, **args)
    runs = reopen(doc).paragraphs[0].runs
    assert runs[0].text == "plain" and _val(doc, local) == want
    assert _val(doc, local, 1) is None  # the rest of the paragraph is untouched


@pytest.mark.parametrize("name, args, local, neutral", [
    ("character_spacing", {"points": 2}, "spacing", {"points": 0}),
    ("character_scale", {"percent": 150}, "w", {"percent": 100}),
    ("character_position", {"points": 2}, "position", {"points": 0}),
    ("kerning", {"points": 12}, "kern", {"points": None}),
])
def test_the_neutral_value_removes_it(doc, name, args, local, neutral):
    doc.execute(name, **args)
    undoable(doc, name, **neutral)
    assert _val(doc, local) is None


@pytest.mark.parametrize("name, args", [
    ("character_spacing", {"points": "wide"}),
    ("character_spacing", {"points": 5000}),
    ("character_scale", {"percent": 0}),
    ("character_scale", {"percent": 601}),
    ("character_scale", {"percent": True}),
    ("character_position", {"points": float("nan")}),
    ("kerning", {"points": -1}),
])
def test_bad_values_are_refused(doc, name, args):
    refused(doc, name, **args)


def test_at_a_caret_inside_a_word_the_word_is_formatted(doc):
    doc.set_selection((1, 2))
    undoable(doc, "character_scale", percent=90)
    runs = reopen(doc).paragraphs[1].runs
    assert [(r.text, r._r.rPr is not None and r._r.rPr.find(qn("w:w")) is not None)
            for r in runs] == [("second", True), (" line", False)]
