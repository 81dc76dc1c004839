"""Apply to: Whole document — page setup commands for every section, the selection kept."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    doc = WordDocument.build("first\nsecond\nthird")
    doc.set_selection((1, 0))
    doc.execute("section_break", kind="next_page")
    doc.set_selection((2, 1))
    return doc


def test_every_section_and_the_selection_kept(doc):
    kept = doc.selection
    undoable(doc, "whole_document", steps=[["margins", {"top": 2}], ["orientation",
                                                                     {"value": "landscape"}]])
    sections = reopen(doc).sections
    assert [str(s.orientation) for s in sections] == ["LANDSCAPE (1)"] * 2
    assert [s.left_margin.inches for s in sections] == [2.0, 2.0]  # turned with the page
    assert doc.selection == kept


def test_a_failing_step_undoes_them_all_and_keeps_the_selection(doc):
    refused(doc, "whole_document", steps=[["margins", {"top": 2}], ["margins", {"top": 30}]])


def test_only_the_sections_the_selection_touches_without_it(doc):
    tops = [s.top_margin.inches for s in reopen(doc).sections]
    doc.execute("margins", top=2)
    assert [s.top_margin.inches for s in reopen(doc).sections] == [tops[0], 2.0]
