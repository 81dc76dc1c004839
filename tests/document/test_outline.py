"""The Paragraph dialog's Outline level command."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.outline import outline_level_of


@pytest.fixture
def doc():
    doc = WordDocument.build("# Heading one\nbody text\nmore body")
    doc.set_selection((1, 0), (2, 2))
    return doc


def _levels(doc) -> list:
    out = []
    for p in reopen(doc).paragraphs:
        ppr = p._p.pPr
        el = None if ppr is None else ppr.find(qn("w:outlineLvl"))
        out.append(None if el is None else el.get(qn("w:val")))
    return out


def test_level_on_the_selected_paragraphs(doc):
    undoable(doc, "outline_level", level=2)
    assert _levels(doc) == [None, "1", "1"]
    assert [outline_level_of(doc, doc.paragraph(i)) for i in range(3)] == [1, 2, 2]


def test_body_text_drops_the_direct_level(doc):
    doc.execute("outline_level", level="Level 4")
    undoable(doc, "outline_level", level="Body Text")
    assert _levels(doc) == [None, None, None]


def test_body_text_on_a_heading_overrides_its_style():
    doc = WordDocument.build("# Heading one\nbody")
    doc.set_selection((0, 1))
    assert outline_level_of(doc, doc.paragraph(0)) == 1
    undoable(doc, "outline_level", level=0)
    assert _levels(doc)[0] == "9" and outline_level_of(doc, doc.paragraph(0)) == 0


@pytest.mark.parametrize("level", [10, -1, "Level ten", True, 2.5])
def test_bad_levels_are_refused(doc, level):
    refused(doc, "outline_level", level=level)
