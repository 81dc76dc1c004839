"""AutoFit of the table at the selection."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    doc = WordDocument.build("before\n| A1 | B1 |\n| A2 | B2 |\nafter")
    doc.execute("select_text", text="B2")
    return doc


def _layout(doc):
    tbl = reopen(doc).tables[0]
    width = tbl._tbl.tblPr.find(qn("w:tblW"))
    cells = {tcw.get(qn("w:type")) for tcw in tbl._tbl.iter(qn("w:tcW"))}
    return width.get(qn("w:type")), width.get(qn("w:w")), cells, tbl.autofit


def test_fit_to_window_spans_the_text_width(doc):
    undoable(doc, "table_autofit", mode="window")
    assert _layout(doc)[:2] == ("pct", "5000") and _layout(doc)[3] is True


def test_fit_to_contents_makes_every_width_automatic(doc):
    undoable(doc, "table_autofit", mode="AutoFit to contents")
    assert _layout(doc)[:3] == ("auto", "0", {"auto"})


def test_fixed_column_width_fixes_the_layout(doc):
    undoable(doc, "table_autofit", mode="fixed")
    assert _layout(doc)[3] is False
    undoable(doc, "table_autofit", mode="window")
    assert _layout(doc)[3] is True


def test_outside_a_table_or_an_unknown_mode_is_refused(doc):
    refused(doc, "table_autofit", mode="sideways")
    doc.execute("select_text", text="after")
    refused(doc, "table_autofit", mode="window")
