"""Text effects: outline and shadow of the selected text."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from tests.document.conftest import refused, reopen, undoable
from wordsim.document import WordDocument


@pytest.fixture
def doc():
    doc = WordDocument.build("plain **bold** text")
    doc.set_selection((0, 0), (0, 5))
    return doc


def _has(doc, local: str, run: int = 0) -> bool:
    rpr = reopen(doc).paragraphs[0].runs[run]._r.rPr
    return rpr is not None and rpr.find(qn(f"w:{local}")) is not None


@pytest.mark.parametrize("name, local", [("text_outline", "outline"),
                                         ("text_shadow", "shadow")])
def test_on_off_and_toggle(doc, name, local):
    undoable(doc, name, on=True)
    assert _has(doc, local) and not _has(doc, local, 1)
    undoable(doc, name, on=False)
    assert not _has(doc, local)
    undoable(doc, name)  # toggles on
    assert _has(doc, local)


@pytest.mark.parametrize("name", ["text_outline", "text_shadow"])
def test_bad_values_are_refused(doc, name):
    refused(doc, name, on="sometimes")
