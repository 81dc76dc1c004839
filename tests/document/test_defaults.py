"""Set As Default: the Normal style takes the font, size and paragraph formatting."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    return WordDocument.build("# head\nplain text here")


def test_default_font_and_size(doc):
    undoable(doc, "default_font", font="Georgia", size="13 pt")
    normal = reopen(doc).styles["Normal"]
    assert (normal.font.name, normal.font.size.pt) == ("Georgia", 13.0)
    assert doc.styles.ui_name(doc.styles.default_id("paragraph")) == "Normal"


def test_a_blank_font_keeps_the_styles_font(doc):
    before = reopen(doc).styles["Normal"].font.name
    undoable(doc, "default_font", font="", size=9)
    normal = reopen(doc).styles["Normal"]
    assert (normal.font.name, normal.font.size.pt) == (before, 9.0)


def test_default_paragraph(doc):
    undoable(doc, "default_paragraph", alignment="center", left=36, right="0.5in", before=6,
             after=0, line=2)
    pf = reopen(doc).styles["Normal"].paragraph_format
    assert str(pf.alignment) == "CENTER (1)"
    assert (pf.left_indent.pt, pf.right_indent.pt) == (36.0, 36.0)
    assert (pf.space_before.pt, pf.space_after.pt, pf.line_spacing) == (6.0, 0.0, 2.0)
    undoable(doc, "default_paragraph", line=14, line_rule="exact")
    assert reopen(doc).styles["Normal"].paragraph_format.line_spacing.pt == 14.0


@pytest.mark.parametrize("name, args", [
    ("default_font", {}),
    ("default_font", {"font": "A\nB"}),
    ("default_font", {"size": 0}),
    ("default_paragraph", {}),
    ("default_paragraph", {"alignment": "sideways"}),
    ("default_paragraph", {"line": 2, "line_rule": "double-ish"}),
    ("default_paragraph", {"line": 500}),
    ("default_paragraph", {"before": -5}),
])
def test_bad_values_are_refused(doc, name, args):
    refused(doc, name, **args)
