"""The Tabs dialog's Clear: one tab stop of the selected paragraphs."""

from __future__ import annotations

import pytest

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument
from wordsim.document.xml import W, make


@pytest.fixture
def doc():
    doc = WordDocument.build("first\nsecond")
    doc.set_selection((0, 0), (1, 1))
    doc.execute("tab_stop", position=72)
    doc.execute("tab_stop", position=144, alignment="right")
    return doc


def _stops(doc, i: int = 0) -> list:
    return [(round(t.position.pt), t.alignment.name)
            for t in reopen(doc).paragraphs[i].paragraph_format.tab_stops]


def test_a_direct_stop_is_removed(doc):
    undoable(doc, "clear_tab_stop", position="1in")
    assert _stops(doc, 0) == _stops(doc, 1) == [(144, "RIGHT")]
    undoable(doc, "clear_tab_stop", position=144)
    assert _stops(doc) == [] and doc.paragraph(0).find(W.pPr) is None


def test_a_stop_the_style_sets_is_cleared_with_a_clear_stop():
    doc = WordDocument.build("first")
    normal = doc.styles.element(doc.styles.default_id("paragraph"))
    ppr = normal.find(W.pPr)
    if ppr is None:
        ppr = make("w:pPr")
        normal.append(ppr)
    ppr.insert(0, make("w:tabs"))
    ppr.find(W.tabs).append(make("w:tab", {"w:val": "right", "w:pos": "2880"}))
    doc.styles.invalidate()
    undoable(doc, "clear_tab_stop", position=144)
    direct = doc.paragraph(0).find(W.pPr).find(W.tabs)
    assert [(t.get(W.val), t.get(W.pos)) for t in direct] == [("clear", "2880")]
    assert _stops(doc) == [(144, "CLEAR")]


def test_no_stop_there_changes_nothing(doc):
    before = doc.save()
    change = doc.execute("clear_tab_stop", position=100)
    assert not change.edited and doc.save() == before
    assert "no tab stop" in change.message


def test_bad_position_is_refused(doc):
    refused(doc, "clear_tab_stop", position="far")
