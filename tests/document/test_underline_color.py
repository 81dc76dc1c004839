"""The underline colour of the selected underlined text."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    doc = WordDocument.build("plain text here")
    doc.set_selection((0, 0), (0, 10))
    return doc


def _u(doc, run: int = 0):
    rpr = reopen(doc).paragraphs[0].runs[run]._r.rPr
    u = None if rpr is None else rpr.find(qn("w:u"))
    return None if u is None else (u.get(qn("w:val")), u.get(qn("w:color")))


def test_colours_the_underline_and_keeps_its_style(doc):
    doc.execute("underline_style", style="wave")
    undoable(doc, "underline_color", color="Dark Blue")
    assert _u(doc) == ("wave", "002060")
    undoable(doc, "underline_color", color="Automatic")
    assert _u(doc) == ("wave", None)


def test_only_the_underlined_part_gets_a_colour(doc):
    doc.set_selection((0, 0), (0, 5))
    doc.execute("underline")
    doc.set_selection((0, 0), (0, 10))
    undoable(doc, "underline_color", color="#ff0000")
    assert _u(doc, 0) == ("single", "FF0000") and _u(doc, 1) is None


@pytest.mark.parametrize("color", ["Red", "chartreuse"])
def test_refused_without_an_underline_or_for_an_unknown_colour(doc, color):
    refused(doc, "underline_color", color=color)
